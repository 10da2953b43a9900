/// Typed, located access to the fields of a YAML mapping (a front-matter block or `site.yml`).
///
/// Every problem becomes a diagnostic at the field's line and column in the file, and the reader
/// carries on, so that one pass reports every bad field.
struct YAMLFields {
    let path: String
    /// Added to YAML line numbers to get file line numbers.
    let lineOffset: Int
    private let pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]
    /// Where the block (or nested mapping) starts, for problems about a missing field.
    let start: SourceLocation
    /// The YAML could not be read at all: a syntax error says why, so missing fields go unreported.
    private var unreadable = false
    private var read: Set<String> = []
    var diagnostics: [Diagnostic] = []

    /// Reads `yaml`, which starts on line `firstLine` of the file at `path`.
    init(yaml: String, path: String, firstLine: Int) {
        self.path = path
        self.lineOffset = firstLine - 1
        // The opening `---` of a front-matter block, or the first line of a whole YAML file.
        self.start = SourceLocation(path: path, line: max(1, firstLine - 1), column: 1)
        switch YAMLComposer.compose(yaml) {
        case .success(.mapping(let mapping)?):
            pairs = mapping.pairs.map { ($0.key.text ?? "", $0.key, $0.value) }
        case .success(nil):
            pairs = []
        case .success(let other?):
            pairs = []
            diagnostics.append(
                .error(
                    .parse, at: Self.location(of: other.place, path, lineOffset),
                    // A whole YAML file (site.yml, i18n/fr.yml) starts on line 1; front-matter after its `---`.
                    "\(firstLine == 1 ? "\(path)" : "front-matter") must be a mapping of 'key: value' lines")
            )
            unreadable = true
        case .failure(let problem):
            pairs = []
            diagnostics.append(Self.diagnostic(for: problem, yaml: yaml, path: path, lineOffset: lineOffset))
            unreadable = true
        }
    }

    var isEmpty: Bool { pairs.isEmpty }

    func location(of node: YAMLNode) -> SourceLocation {
        Self.location(of: node.place, path, lineOffset)
    }

    /// The value of `key`, marking the key as known. A missing (or null) required field is an error.
    mutating func node(_ key: String, required: Bool) -> YAMLNode? {
        read.insert(key)
        guard let pair = pairs.first(where: { $0.key == key }), !pair.value.isNull else {
            if required && !unreadable {
                let at = pairs.first { $0.key == key }.map { location(of: $0.keyNode) } ?? start
                diagnostics.append(.error(.parse, at: at, "missing required field '\(key)'"))
            }
            return nil
        }
        return pair.value
    }

    mutating func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = node(key, required: required) else { return nil }
        return string(node, field: key)
    }

    mutating func string(_ node: YAMLNode, field: String) -> Located<String>? {
        guard case .scalar(let scalar) = node else {
            fail(node, "'\(field)' must be text, not \(Self.describe(node))")
            return nil
        }
        return Located(scalar.text, at: location(of: node))
    }

    mutating func date(_ key: String, required: Bool = false) -> Located<ContentDate>? {
        guard let text = string(key, required: required) else { return nil }
        switch ContentDate.parse(text.value) {
        case .success(let date): return Located(date, at: text.location)
        case .failure(let error):
            diagnostics.append(.error(.parse, at: text.location, error.message(field: key, text: text.value)))
            return nil
        }
    }

    mutating func int(_ key: String) -> Int? {
        guard let node = node(key, required: false) else { return nil }
        guard case .scalar(let scalar) = node, let value = scalar.int else {
            fail(node, "'\(key)' must be a whole number, not \(Self.describe(node))")
            return nil
        }
        return value
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key, required: false) else { return nil }
        guard case .scalar(let scalar) = node, let value = scalar.bool else {
            fail(node, "'\(key)' must be true or false, not \(Self.describe(node))")
            return nil
        }
        return value
    }

    /// A list of text values, e.g. `themes: [guarantees, next-steps]`.
    mutating func strings(_ key: String, required: Bool = false) -> [Located<String>]? {
        guard let node = node(key, required: required) else { return nil }
        guard case .sequence(let sequence) = node else {
            fail(node, "'\(key)' must be a list, e.g. \(key): [\(node.text ?? "…")]")
            return nil
        }
        if required && sequence.items.isEmpty { fail(node, "'\(key)' must list at least one value") }
        return sequence.items.compactMap { item in
            guard case .scalar(let scalar) = item else {
                fail(item, "each item of '\(key)' must be text, not \(Self.describe(item))")
                return nil
            }
            return Located(scalar.text, at: location(of: item))
        }
    }

    /// A nested mapping, such as `markdown:` in `site.yml`.
    mutating func mapping(_ key: String) -> YAMLFields? {
        guard let node = node(key, required: false) else { return nil }
        guard case .mapping = node else {
            fail(node, "'\(key)' must be a mapping of 'key: value' lines, not \(Self.describe(node))")
            return nil
        }
        return YAMLFields(node: node, path: path, lineOffset: lineOffset)
    }

    /// A list of mappings, such as `sources:`.
    mutating func mappings(_ key: String) -> [YAMLFields]? {
        guard let node = node(key, required: false) else { return nil }
        guard case .sequence(let sequence) = node else {
            fail(node, "'\(key)' must be a list, not \(Self.describe(node))")
            return nil
        }
        return sequence.items.compactMap { item in
            guard case .mapping = item else {
                fail(item, "each item of '\(key)' must be a mapping of 'key: value' lines, not \(Self.describe(item))")
                return nil
            }
            return YAMLFields(node: item, path: path, lineOffset: lineOffset)
        }
    }

    /// One of a fixed set of values, such as an entity's `kind`: anything else is an error at the
    /// value with the closest choice and the list of them.
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> Value?
    where Value.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = Value(rawValue: text.value) { return value }
        let choices = Value.allCases.map(\.rawValue)
        diagnostics.append(
            .error(
                .parse, at: text.location,
                "unknown \(key) '\(text.value)'\(Suggestion.didYouMean(text.value, in: choices)): use one of \(choices.joined(separator: ", "))"
            ))
        return nil
    }

    /// Every key of the mapping with its text value, for a mapping whose keys are the user's own
    /// (`claims:`); a value that is not text is an error at it.
    mutating func textEntries() -> [(key: Located<String>, value: Located<String>)] {
        pairs.compactMap { pair in
            read.insert(pair.key)
            guard let value = string(pair.value, field: pair.key) else { return nil }
            return (Located(pair.key, at: location(of: pair.keyNode)), value)
        }
    }

    /// Every key with its value as it is, for a file whose keys are the user's own and whose
    /// values differ in kind (`i18n/fr.yml`: texts, counted phrases, the list of months).
    mutating func entries() -> [(key: Located<String>, value: YAMLNode)] {
        pairs.map { pair in
            read.insert(pair.key)
            return (Located(pair.key, at: location(of: pair.keyNode)), pair.value)
        }
    }

    /// The fields of a value that is a mapping, nil (and an error at it) for any other value.
    mutating func mapping(_ node: YAMLNode, field: String) -> YAMLFields? {
        guard case .mapping = node else {
            fail(node, "'\(field)' must be a mapping of 'key: value' lines, not \(Self.describe(node))")
            return nil
        }
        return YAMLFields(node: node, path: path, lineOffset: lineOffset)
    }

    /// Every key of the mapping with its value as a mapping of its own (`authors:` in site.yml);
    /// a value that is not a mapping is an error at it, and nil.
    mutating func mappingEntries() -> [(key: Located<String>, value: YAMLFields?)] {
        pairs.map { pair in
            read.insert(pair.key)
            guard case .mapping = pair.value else {
                fail(pair.value, "'\(pair.key)' must be a mapping of 'key: value' lines, such as name: and role:")
                return (Located(pair.key, at: location(of: pair.keyNode)), nil)
            }
            return (Located(pair.key, at: location(of: pair.keyNode)), YAMLFields(node: pair.value, path: path, lineOffset: lineOffset))
        }
    }

    /// Warnings for keys that nothing read: most often a typo.
    func unknownKeys() -> [Diagnostic] {
        pairs.filter { !read.contains($0.key) }.map { pair in
            .warning(.parse, at: location(of: pair.keyNode), "unknown field '\(pair.key)'\(Suggestion.didYouMean(pair.key, in: read))")
        }
    }

    mutating func fail(_ node: YAMLNode, _ message: String) {
        diagnostics.append(.error(.parse, at: location(of: node), message))
    }

    private init(node: YAMLNode, path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
        self.start = Self.location(of: node.place, path, lineOffset)
        guard case .mapping(let mapping) = node else {
            self.pairs = []
            return
        }
        self.pairs = mapping.pairs.map { ($0.key.text ?? "", $0.key, $0.value) }
    }

    private static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): "'\(scalar.text)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    /// A place in the YAML text as a place in its file.
    private static func location(of place: YAMLPlace, _ path: String, _ lineOffset: Int) -> SourceLocation {
        SourceLocation(path: path, line: place.line + lineOffset, column: place.column)
    }

    /// The error for YAML that could not be composed, at its place in the file.
    private static func diagnostic(for problem: YAMLComposer.Problem, yaml: String, path: String, lineOffset: Int) -> Diagnostic {
        switch problem {
        case .syntax(let error):
            let (place, message) = YAMLErrorMessage.explain(error, yaml: yaml)
            return .error(.parse, at: location(of: place, path, lineOffset), "invalid YAML: \(message)")
        case .repeatedKeys(let keys, let place):
            let keys = keys.joined(separator: ", ")
            return .error(.parse, at: location(of: place, path, lineOffset), "invalid YAML: \(keys) is set more than once in this mapping")
        case .aliasesOverLimit(let place):
            return .error(
                .parse, at: location(of: place, path, lineOffset),
                "invalid YAML: its aliases ('*name', each a copy of what '&name' holds) expand to more than \(YAMLComposer.aliasLimit) values; write the values out instead"
            )
        }
    }
}
