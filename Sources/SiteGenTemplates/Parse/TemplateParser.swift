/// Parses one template's text into its tree, or the first syntax error at its line and column.
public enum TemplateParser {
    public static func parse(_ source: TemplateSource) -> Result<[TemplateNode], TemplateDiagnostic> {
        let bytes = Array(source.text.utf8)
        let lines = LineTable(bytes)
        func location(_ offset: Int) -> TemplateLocation {
            let (line, column) = lines.position(of: offset)
            return TemplateLocation(path: source.path, line: line, column: column)
        }
        var scanner = TemplateScanner(bytes)
        let scanned: [Token]
        do {
            scanned = try scanner.tokens()
        } catch {
            return .failure(.error(location(error.offset), error.message))
        }
        var tokens = StandaloneLines.apply(scanned, bytes: bytes)
        BlockIndentation.apply(&tokens, bytes: bytes)
        var tree = TreeBuilder(bytes: bytes, location: location)
        for token in tokens {
            if let problem = tree.add(token) { return .failure(problem) }
        }
        return tree.finish()
    }
}

/// Builds the tree from tokens with a stack of the sections, parents and blocks still open.
private struct TreeBuilder {
    struct Frame {
        var token: Token
        var nodes: [TemplateNode] = []
        var blocks: [String: TemplateBlock] = [:]
        var label: String { (token.dynamic ? "*" : "") + token.name }
    }

    let bytes: [UInt8]
    let location: (Int) -> TemplateLocation
    var stack: [Frame] = [Frame(token: Token(kind: .text, start: 0, end: 0))]

    init(bytes: [UInt8], location: @escaping (Int) -> TemplateLocation) {
        self.bytes = bytes
        self.location = location
    }

    mutating func add(_ token: Token) -> TemplateDiagnostic? {
        switch token.kind {
        case .text:
            guard token.start < token.end else { return nil }
            if case .text(let previous) = stack[stack.count - 1].nodes.last {
                stack[stack.count - 1].nodes[stack[stack.count - 1].nodes.count - 1] = .text(previous + bytes[token.start..<token.end])
            } else {
                append(.text(Array(bytes[token.start..<token.end])))
            }
        case .lineStart: append(.lineStart)
        case .comment, .delimiters: break
        case .variable(let escaped): append(.variable(TemplateName(token.name), escaped: escaped, at: location(token.start)))
        case .partial:
            append(.partial(reference(token), indentation: token.standalone ? token.indentation : nil, at: location(token.start)))
        case .section, .invertedSection, .parent, .block: stack.append(Frame(token: token))
        case .close: return close(token)
        }
        return nil
    }

    private mutating func append(_ node: TemplateNode) {
        // Inside a parent tag only blocks count; the rest is ignored, as the spec says.
        guard stack[stack.count - 1].token.kind != .parent else { return }
        stack[stack.count - 1].nodes.append(node)
    }

    private mutating func close(_ token: Token) -> TemplateDiagnostic? {
        guard stack.count > 1 else {
            return .error(location(token.start), "'{{/\(token.name)}}' closes no section: nothing named '\(token.name)' is open here")
        }
        let frame = stack.removeLast()
        guard frame.label == token.name else {
            let opened = location(frame.token.start)
            return .error(
                location(token.start),
                "'{{/\(token.name)}}' does not close '\(frame.label)', opened at line \(opened.line), column \(opened.column): expected '{{/\(frame.label)}}'"
            )
        }
        let at = location(frame.token.start)
        switch frame.token.kind {
        case .section, .invertedSection:
            append(.section(TemplateName(frame.token.name), inverted: frame.token.kind == .invertedSection, frame.nodes, at: at))
        case .parent:
            append(
                .parent(
                    reference(frame.token), blocks: frame.blocks, indentation: frame.token.standalone ? frame.token.indentation : nil,
                    at: at))
        default:
            let block = TemplateBlock(content: frame.nodes, indentation: frame.token.indentation, standalone: frame.token.standalone)
            if stack[stack.count - 1].token.kind == .parent {
                // The first definition of a block in a parent tag is the one given.
                if stack[stack.count - 1].blocks[frame.token.name] == nil { stack[stack.count - 1].blocks[frame.token.name] = block }
            } else {
                append(.block(frame.token.name, block, at: at))
            }
        }
        return nil
    }

    func finish() -> Result<[TemplateNode], TemplateDiagnostic> {
        guard stack.count == 1 else {
            let open = stack[stack.count - 1]
            let what = open.token.kind == .parent ? "parent tag" : open.token.kind == .block ? "block" : "section"
            return .failure(
                .error(location(open.token.start), "this \(what) '\(open.label)' is never closed: expected '{{/\(open.label)}}'"))
        }
        return .success(stack[0].nodes)
    }

    private func reference(_ token: Token) -> TemplateReference {
        token.dynamic ? .dynamic(TemplateName(token.name)) : .named(token.name)
    }
}
