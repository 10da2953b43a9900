/// Runs a library's render plan into one growing byte buffer, walking the context stack as the
/// spec says: a name is looked up from the innermost frame out, and the rest of a dotted name
/// only in what its first part found.
struct TemplateRenderer: ~Copyable {
    let library: TemplateLibrary
    private let plan: RenderPlan
    var output: RenderBuffer
    /// The plan's operations and text, read through pointers while `render` runs: the arrays are
    /// not retained and released at every section item and every piece of text.
    private var ops = UnsafeBufferPointer<RenderPlan.Op>(start: nil, count: 0)
    private var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The context stack: where each of its values is stored (in the object or list it was found
    /// in, held while its section renders, or the caller's context), so that pushing one copies
    /// and retains nothing.
    private var stack: [UnsafePointer<TemplateValue>] = []
    /// The objects of the context stack (nil for its other values), unretained, for lookups.
    private var objects: [Unmanaged<TemplateObject>?] = []
    /// The indentation of the partials, parents and blocks being rendered, printed at each line start.
    private var indentation: [UInt8] = []
    /// The indentation of the lines around includes inside a line, which render without it.
    private var saved: [[UInt8]] = []
    /// Blocks given by the parent tags being rendered (indexes of `plan.blockTables`), the
    /// outermost caller's first: the first that defines a block wins.
    private var overrides: [Int32] = []
    private var depth = 0
    /// Where the output goes as it is made, in pieces of at least `chunk` bytes, when a page is
    /// streamed: handed over at the end of a list item, then dropped.
    var sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    var chunk = 1 << 20

    init(library: TemplateLibrary, capacity: Int) {
        self.library = library
        self.plan = library.plan
        output = RenderBuffer(capacity: capacity)
        stack.reserveCapacity(16)
        objects.reserveCapacity(16)
    }

    mutating func render(template index: Int, context: TemplateValue) throws(TemplateRenderError) {
        let plan = plan
        try plan.ops.withUnsafeBufferPointer { (ops) throws(TemplateRenderError) in
            try plan.bytes.withUnsafeBufferPointer { (text) throws(TemplateRenderError) in
                self.ops = ops
                self.text = text
                defer {
                    self.ops = UnsafeBufferPointer(start: nil, count: 0)
                    self.text = UnsafeBufferPointer(start: nil, count: 0)
                }
                try withUnsafePointer(to: context) { (context) throws(TemplateRenderError) in
                    push(context)
                    defer { pop() }
                    let range = plan.templates[index]
                    try run(Int(range.lowerBound), Int(range.upperBound))
                }
            }
        }
    }

    private mutating func run(_ start: Int, _ end: Int) throws(TemplateRenderError) {
        let ops = ops
        var position = start
        while position < end {
            switch ops[position] {
            case .text(let from, let count):
                let from = Int(from)
                output.append(UnsafeBufferPointer(rebasing: text[from..<(from + Int(count))]))
                position += 1
            case .lineStart:
                if !indentation.isEmpty { indentation.withUnsafeBufferPointer { output.append($0) } }
                position += 1
            case .variable(let name, let escaped):
                printValue(name, escaped: escaped)
                position += 1
            case .section(let name, let sectionEnd):
                guard let value = lookup(name) else {
                    position = Int(sectionEnd)
                    continue
                }
                if case .list(let items) = value.pointee {
                    // The object the list was found in holds it, and so its items, while they render.
                    try items.withUnsafeBufferPointer { (items) throws(TemplateRenderError) in
                        guard let first = items.baseAddress else { return }
                        for item in 0..<items.count {
                            push(first + item)
                            try run(position + 1, Int(sectionEnd))
                            pop()
                            if sink != nil { flush(atLeast: chunk) }
                        }
                    }
                } else if case .lazyList(let list) = value.pointee {
                    for item in 0..<list.count {
                        // Made now, held while it renders, dropped after.
                        try withUnsafePointer(to: list[item]) { (item) throws(TemplateRenderError) in
                            push(item)
                            defer { pop() }
                            try run(position + 1, Int(sectionEnd))
                        }
                        if sink != nil { flush(atLeast: chunk) }
                    }
                } else if value.pointee.isTruthy {
                    push(value)
                    try run(position + 1, Int(sectionEnd))
                    pop()
                }
                position = Int(sectionEnd)
            case .invertedSection(let name, let sectionEnd):
                if !(lookup(name)?.pointee.isTruthy ?? false) { try run(position + 1, Int(sectionEnd)) }
                position = Int(sectionEnd)
            case .partial(let template, let indent):
                if template >= 0 { try include(Int(template), indent: indent, at: position) }
                position += 1
            case .dynamicPartial(let name, let indent):
                if let template = dynamic(name) { try include(template, indent: indent, at: position) }
                position += 1
            case .parent(let template, let blocks, let indent, let parentEnd):
                if template >= 0 { try inherit(Int(template), blocks: blocks, indent: indent, at: position) }
                position = Int(parentEnd)
            case .dynamicParent(let name, let blocks, let indent, let parentEnd):
                if let template = dynamic(name) { try inherit(template, blocks: blocks, indent: indent, at: position) }
                position = Int(parentEnd)
            case .block(let key, let indent, let blockEnd):
                let body = override(key)
                try enter(indent, at: position)
                defer { leave(indent) }
                if let body { try run(Int(body.start), Int(body.end)) } else { try run(position + 1, Int(blockEnd)) }
                position = Int(blockEnd)
            }
        }
    }

    /// Hands the output made so far to the sink, if it is at least `bytes` long.
    mutating func flush(atLeast bytes: Int = 0) {
        guard let sink, output.count >= bytes, !output.isEmpty else { return }
        sink(output.bytes)
        output.removeAll()
    }

    @inline(__always)
    private mutating func push(_ value: UnsafePointer<TemplateValue>) {
        stack.append(value)
        // Read before the append, which the optimizer cannot see through: so the object is not
        // retained and released around it (objects shared by pages are shared by threads too).
        let object = value.pointee.unretainedObject
        objects.append(object)
    }

    @inline(__always)
    private mutating func pop() {
        stack.removeLast()
        objects.removeLast()
    }

    private mutating func include(_ template: Int, indent: Int32, at position: Int) throws(TemplateRenderError) {
        try enter(indent, at: position)
        defer { leave(indent) }
        let range = plan.templates[template]
        try run(Int(range.lowerBound), Int(range.upperBound))
    }

    private mutating func inherit(_ template: Int, blocks: Int32, indent: Int32, at position: Int) throws(TemplateRenderError) {
        overrides.append(blocks)
        defer { overrides.removeLast() }
        try include(template, indent: indent, at: position)
    }

    private mutating func enter(_ indent: Int32, at position: Int) throws(TemplateRenderError) {
        depth += 1
        guard depth <= library.options.maximumDepth else {
            depth -= 1
            throw TemplateRenderError(
                location: plan.sites[position],
                message:
                    "partials, parents and blocks nest more than \(library.options.maximumDepth) deep here: a recursion that does not end")
        }
        if indent >= 0 {
            let range = plan.indents[Int(indent)]
            indentation.append(contentsOf: plan.bytes[Int(range.lowerBound)..<Int(range.upperBound)])
        } else if indent == RenderPlan.inline {
            saved.append(indentation)
            indentation.removeAll(keepingCapacity: true)
        }
    }

    private mutating func leave(_ indent: Int32) {
        depth -= 1
        if indent >= 0 {
            indentation.removeLast(plan.indents[Int(indent)].count)
        } else if indent == RenderPlan.inline {
            indentation = saved.removeLast()
        }
    }

    /// The block of this name given by the outermost parent tag being rendered that gives one.
    private func override(_ key: Int32) -> RenderPlan.BlockBody? {
        for table in overrides {
            if let body = plan.blockTables[Int(table)][key] { return body }
        }
        return nil
    }

    private func dynamic(_ name: Int32) -> Int? {
        guard case .string(let target) = lookup(name)?.pointee else { return nil }
        return library.indexByName[target]
    }

    /// Prints the value of a name from where it is stored, without copying it out.
    private mutating func printValue(_ name: Int32, escaped: Bool) {
        if let value = lookup(name) { print(value, escaped: escaped) }
    }

    /// Where the value of a name is stored, or nil when no frame has it: a name is looked up from
    /// the innermost frame out, and the rest of a dotted name only in what its first part found.
    private func lookup(_ name: Int32) -> UnsafePointer<TemplateValue>? {
        let start = Int(plan.nameStarts[Int(name)]), end = Int(plan.nameStarts[Int(name) + 1])
        guard start < end else { return stack.last }
        guard var value = frame(holding: Int(plan.keys[start])) else { return nil }
        var part = start + 1
        while part < end {
            guard case .object(let object) = value.pointee, let next = object.place(ofKey: Int(plan.keys[part])) else { return nil }
            value = next
            part += 1
        }
        return value
    }

    /// Where the innermost object of the context stack that has this key stores its value.
    @inline(__always)
    private func frame(holding key: Int) -> UnsafePointer<TemplateValue>? {
        var frame = objects.count - 1
        while frame >= 0 {
            if let object = objects[frame], let place = object._withUnsafeGuaranteedRef({ $0.place(ofKey: key) }) { return place }
            frame -= 1
        }
        return nil
    }

    private mutating func print(_ value: UnsafePointer<TemplateValue>, escaped: Bool) {
        // Text long enough to live in a buffer of its own is read where it is stored: copying
        // the string out would retain and release it, an atomic write to memory that both
        // threads share when the text is shared by pages (a card, the navigation).
        if let (bytes, trusted) = value.pointee.storedText {
            printText(bytes, trusted: trusted, escaped: escaped)
            return
        }
        switch value.pointee {
        case .null, .list, .lazyList, .object: return
        case .string(let text): text.withUTF8Bytes { printText($0, trusted: false, escaped: escaped) }
        case .html(let trusted): trusted.html.withUTF8Bytes { printText($0, trusted: true, escaped: escaped) }
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .int(let number): DecimalDigits.append(number, to: &output)
        case .double(let number):
            let text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            escaped ? HTMLEscaper.append(text, to: &output) : output.append(text)
        }
    }

    /// Text is escaped when the tag asks for it, and raw text too when the library escapes all
    /// but trusted HTML.
    @inline(__always)
    private mutating func printText(_ bytes: UnsafeBufferPointer<UInt8>, trusted: Bool, escaped: Bool) {
        if escaped || (!trusted && library.options.escapeRawText) {
            HTMLEscaper.append(bytes, to: &output)
        } else {
            output.append(bytes)
        }
    }
}
