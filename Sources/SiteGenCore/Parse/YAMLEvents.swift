import CYaml

/// Reads YAML with libyaml's event parser (the only file that imports it), before and after Yams
/// reads the text, for what Yams does not tell: how large aliases make it, and where a quote that
/// swallowed the next lines opened.
enum YAMLEvents {
    /// The most values a YAML text may hold once its aliases are expanded.
    ///
    /// Yams resolves each alias (`*name`) to the value its anchor (`&name`) holds; hashing or
    /// walking that value costs its expanded size, and a few hundred bytes of nested aliases expand
    /// to billions of values ("billion laughs"): as a mapping key, Yams' own duplicate-key check
    /// would never finish. Front-matter is small, so a limit costs nothing.
    static let aliasLimit = 10_000

    /// A place in the text: 1-based line and column.
    typealias Place = (line: Int, column: Int)

    /// Where an alias takes the text over `aliasLimit` values, or nil when it stays under (or is
    /// not valid YAML, which Yams then reports).
    static func aliasOverLimit(_ yaml: String) -> Place? {
        var sizes: [String: Int] = [:]
        // Each open collection: its anchor and the expanded size of what it holds so far.
        var open: [(anchor: String?, size: Int)] = [(nil, 0)]
        func add(_ size: Int) -> Bool {
            open[open.count - 1].size = min(aliasLimit + 1, open[open.count - 1].size + size)
            return open.reduce(0) { min(aliasLimit + 1, $0 + $1.size) } > aliasLimit
        }
        var over: Place?
        _ = read(yaml) { event in
            let place = (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                if let anchor = event.data.scalar.anchor { sizes[String(cString: anchor)] = 1 }
                if add(1) { over = place }
            case YAML_ALIAS_EVENT:
                if add(sizes[event.data.alias.anchor.map { String(cString: $0) } ?? ""] ?? 1) { over = place }
            case YAML_SEQUENCE_START_EVENT:
                open.append((event.data.sequence_start.anchor.map { String(cString: $0) }, 1))
            case YAML_MAPPING_START_EVENT:
                open.append((event.data.mapping_start.anchor.map { String(cString: $0) }, 1))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let closed = open.removeLast()
                if let anchor = closed.anchor { sizes[anchor] = closed.size }
                if add(closed.size) { over = place }
            default:
                break
            }
            return over == nil
        }
        return over
    }

    /// When the text is invalid right after a quoted value that runs over several lines, where
    /// that value's quote opened: most likely it was never closed, and took the next lines in.
    static func runawayQuote(_ yaml: String) -> Place? {
        var last: (start: Place, endLine: Int)?
        let error = read(yaml) { event in
            if event.type == YAML_SCALAR_EVENT {
                let style = event.data.scalar.style
                let quoted = style == YAML_DOUBLE_QUOTED_SCALAR_STYLE || style == YAML_SINGLE_QUOTED_SCALAR_STYLE
                let start: Place = (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
                let endLine = Int(event.end_mark.line) + 1
                if quoted && endLine > start.line { last = (start, endLine) } else { last = nil }
            }
            return true
        }
        guard let error, let last, error.line <= last.endLine + 1 else { return nil }
        return last.start
    }

    /// Where a mapping sets `key` the second time (Yams names only the first).
    static func repeatedKey(_ key: String, in yaml: String) -> Place? {
        // Each open collection: for a mapping, whether a key comes next and the keys so far.
        var open: [(mapping: Bool, keyNext: Bool, keys: Set<String>)] = []
        var found: Place?
        func completed() {
            if !open.isEmpty, open[open.count - 1].mapping { open[open.count - 1].keyNext.toggle() }
        }
        _ = read(yaml) { event in
            switch event.type {
            case YAML_SCALAR_EVENT:
                if let top = open.last, top.mapping, top.keyNext {
                    let name = String(cString: event.data.scalar.value)
                    if name == key, top.keys.contains(name) {
                        found = (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
                    }
                    open[open.count - 1].keys.insert(name)
                }
                completed()
            case YAML_ALIAS_EVENT: completed()
            case YAML_MAPPING_START_EVENT: open.append((true, true, []))
            case YAML_SEQUENCE_START_EVENT: open.append((false, false, []))
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                open.removeLast()
                completed()
            default: break
            }
            return found == nil
        }
        return found
    }

    /// Calls `visit` with each event until it returns false or the text ends; returns where
    /// libyaml found the text invalid, if it did.
    private static func read(_ yaml: String, _ visit: (yaml_event_t) -> Bool) -> Place? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(yaml.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Place? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return (Int(parser.problem_mark.line) + 1, Int(parser.problem_mark.column) + 1)
                }
                defer { yaml_event_delete(&event) }
                guard event.type != YAML_STREAM_END_EVENT, visit(event) else { return nil }
            }
        }
    }
}
