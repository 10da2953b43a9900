/// Renders compiled templates into one growing byte buffer, walking the context stack as the
/// spec says: a name is looked up from the innermost frame out, and the rest of a dotted name
/// only in what its first part found.
struct TemplateRenderer {
    let library: TemplateLibrary
    var output: [UInt8] = []
    private var stack: [TemplateValue] = []
    /// The indentation of the partials, parents and blocks being rendered, printed at each line start.
    private var indentation: [UInt8] = []
    /// Blocks given by parent tags being rendered, the outermost caller's first: the first that
    /// defines a block wins.
    private var overrides: [[String: TemplateBlock]] = []
    private var depth = 0

    init(library: TemplateLibrary, capacity: Int) {
        self.library = library
        output.reserveCapacity(capacity)
    }

    mutating func render(_ template: CompiledTemplate, context: TemplateValue) throws(TemplateRenderError) {
        stack.append(context)
        try render(template.nodes)
    }

    private mutating func render(_ nodes: [TemplateNode]) throws(TemplateRenderError) {
        for node in nodes {
            switch node {
            case .text(let bytes): output.append(contentsOf: bytes)
            case .lineStart: if !indentation.isEmpty { output.append(contentsOf: indentation) }
            case .variable(let name, let escaped, _): print(lookup(name), escaped: escaped)
            case .section(let name, let inverted, let children, _):
                let value = lookup(name)
                if inverted {
                    if !value.isTruthy { try render(children) }
                } else if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        try render(children)
                        stack.removeLast()
                    }
                } else if value.isTruthy {
                    stack.append(value)
                    try render(children)
                    stack.removeLast()
                }
            case .partial(let reference, let indent, let at):
                guard let template = template(reference) else { continue }
                try nested(indent, at: at) { (renderer: inout Self) throws(TemplateRenderError) in try renderer.render(template.nodes) }
            case .parent(let reference, let blocks, let indent, let at):
                guard let template = template(reference) else { continue }
                overrides.append(blocks)
                defer { overrides.removeLast() }
                try nested(indent, at: at) { (renderer: inout Self) throws(TemplateRenderError) in try renderer.render(template.nodes) }
            case .block(let name, let block, let at):
                let content = overrides.lazy.compactMap { $0[name] }.first?.content ?? block.content
                try nested(block.standalone ? block.indentation : [], at: at) { (renderer: inout Self) throws(TemplateRenderError) in
                    try renderer.render(content)
                }
            }
        }
    }

    private mutating func nested(
        _ indent: [UInt8], at location: TemplateLocation, _ body: (inout Self) throws(TemplateRenderError) -> Void
    ) throws(TemplateRenderError) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= library.options.maximumDepth else {
            throw TemplateRenderError(
                location: location,
                message: "partials, parents and blocks nest more than \(library.options.maximumDepth) deep here: a recursion that does not end")
        }
        let outer = indentation.count
        indentation.append(contentsOf: indent)
        defer { indentation.removeLast(indentation.count - outer) }
        try body(&self)
    }

    private func template(_ reference: TemplateReference) -> CompiledTemplate? {
        switch reference {
        case .resolved(let index, _): return library.template(index)
        case .named: return nil
        case .dynamic(let name):
            guard case .string(let target) = lookup(name), let index = library.indexByName[target] else { return nil }
            return library.template(index)
        }
    }

    private func lookup(_ name: TemplateName) -> TemplateValue {
        let keys = name.keys
        guard let first = keys.first else { return stack.last ?? .null }
        var found: TemplateValue?
        for frame in stack.reversed() {
            if case .object(let object) = frame, let value = object.value(forKey: first) {
                found = value
                break
            }
        }
        guard var value = found else { return .null }
        for key in keys.dropFirst() {
            guard case .object(let object) = value, let next = object.value(forKey: key) else { return .null }
            value = next
        }
        return value
    }

    private mutating func print(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .null, .list, .object: return
        case .string(let text):
            if escaped || library.options.escapeRawText {
                HTMLEscaper.append(text, to: &output)
            } else {
                output.append(contentsOf: text.utf8)
            }
        case .html(let trusted):
            if escaped { HTMLEscaper.append(trusted.html, to: &output) } else { output.append(contentsOf: trusted.html.utf8) }
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): appendDecimal(number)
        case .double(let number):
            let text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            escaped ? HTMLEscaper.append(text, to: &output) : output.append(contentsOf: text.utf8)
        }
    }

    private mutating func appendDecimal(_ number: Int) {
        if number < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(contentsOf: buffer[(20 - count)...])
        }
    }
}
