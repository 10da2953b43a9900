/// Lays out the resolved trees of a library's templates as one `RenderPlan`.
struct PlanBuilder {
    private(set) var plan = RenderPlan()
    private var nameIndex: [[Int]: Int32] = [:]
    private var indentIndex: [[UInt8]: Int32] = [:]

    mutating func add(_ nodes: [TemplateNode], at location: TemplateLocation) {
        let start = Int32(plan.ops.count)
        emit(nodes, at: location)
        plan.templates.append(start..<Int32(plan.ops.count))
    }

    private mutating func emit(_ nodes: [TemplateNode], at location: TemplateLocation) {
        for node in nodes { emit(node, at: location) }
    }

    private mutating func emit(_ node: TemplateNode, at location: TemplateLocation) {
        switch node {
        case .text(let bytes):
            let start = Int32(plan.bytes.count)
            plan.bytes += bytes
            append(.text(start: start, count: Int32(bytes.count)), at: location)
        case .lineStart: append(.lineStart, at: location)
        case .variable(let name, let escaped, let at): append(.variable(name: intern(name), escaped: escaped), at: at)
        case .section(let name, let inverted, let children, let at):
            let position = append(.lineStart, at: at)
            emit(children, at: at)
            let end = Int32(plan.ops.count)
            plan.ops[position] = inverted ? .invertedSection(name: intern(name), end: end) : .section(name: intern(name), end: end)
        case .partial(let reference, let indentation, let at):
            switch reference {
            case .dynamic(let name): append(.dynamicPartial(name: intern(name), indent: indent(indentation)), at: at)
            case .resolved(let index, _): append(.partial(template: Int32(index), indent: indent(indentation)), at: at)
            case .named: append(.partial(template: -1, indent: indent(indentation)), at: at)
            }
        case .parent(let reference, let blocks, let indentation, let at):
            let position = append(.lineStart, at: at)
            var table: [Int32: RenderPlan.BlockBody] = [:]
            for (name, block) in blocks.sorted(by: { $0.key < $1.key }) {
                let start = Int32(plan.ops.count)
                emit(block.content, at: at)
                table[Int32(TemplateKey.id(name))] = RenderPlan.BlockBody(start: start, end: Int32(plan.ops.count))
            }
            plan.blockTables.append(table)
            let (tables, indent, end) = (Int32(plan.blockTables.count - 1), indent(indentation), Int32(plan.ops.count))
            switch reference {
            case .dynamic(let name): plan.ops[position] = .dynamicParent(name: intern(name), blocks: tables, indent: indent, end: end)
            case .resolved(let index, _): plan.ops[position] = .parent(template: Int32(index), blocks: tables, indent: indent, end: end)
            case .named: plan.ops[position] = .parent(template: -1, blocks: tables, indent: indent, end: end)
            }
        case .block(let name, let block, let at):
            let position = append(.lineStart, at: at)
            emit(block.content, at: at)
            plan.ops[position] = .block(
                key: Int32(TemplateKey.id(name)), indent: block.standalone ? indent(block.indentation) : -1, end: Int32(plan.ops.count))
        }
    }

    @discardableResult
    private mutating func append(_ op: RenderPlan.Op, at location: TemplateLocation) -> Int {
        plan.ops.append(op)
        plan.sites.append(location)
        return plan.ops.count - 1
    }

    private mutating func intern(_ name: TemplateName) -> Int32 {
        if let index = nameIndex[name.keys] { return index }
        plan.keys += name.keys.map(Int32.init)
        plan.nameStarts.append(Int32(plan.keys.count))
        let index = Int32(plan.nameStarts.count - 2)
        nameIndex[name.keys] = index
        return index
    }

    /// -2 for an include inside a line, which clears the indentation while it renders.
    private mutating func indent(_ bytes: [UInt8]?) -> Int32 {
        guard let bytes else { return RenderPlan.inline }
        if let index = indentIndex[bytes] { return index }
        let start = Int32(plan.bytes.count)
        plan.bytes += bytes
        plan.indents.append(start..<Int32(plan.bytes.count))
        let index = Int32(plan.indents.count - 1)
        indentIndex[bytes] = index
        return index
    }
}
