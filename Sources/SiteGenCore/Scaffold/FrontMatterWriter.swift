import Yams

/// Writes the front-matter of a new file through Yams' emitter (libyaml's), so that any title, in
/// any script, with any quote or colon, reads back as exactly that text.
struct FrontMatterWriter {
    /// A value of a field: free text (always quoted), a word such as an id or a date (plain when
    /// YAML reads it back as text), a list of words written `[a, b]`, or true/false.
    enum Value {
        case text(String)
        case word(String)
        case words([String])
        case flag(Bool)
    }

    private var fields: [(String, Value)] = []
    private var comments: [String] = []

    mutating func add(_ key: String, _ value: Value) {
        fields.append((key, value))
    }

    /// A commented-out line after the fields: an optional field, shown for the writer to fill in.
    mutating func hint(_ line: String) {
        comments.append("# " + line)
    }

    /// The fields in the order added, then the hints: a YAML mapping, each line ending in a newline.
    func yaml() throws -> String {
        let mapping = Node(fields.map { key, value in (Node(key), Self.node(value)) })
        return try Yams.serialize(node: mapping, width: -1, allowUnicode: true) + comments.map { $0 + "\n" }.joined()
    }

    /// The mapping between `---` lines, as a content file starts.
    func frontMatter() throws -> String {
        "---\n" + (try yaml()) + "---\n"
    }

    private static func node(_ value: Value) -> Node {
        switch value {
        case .text(let text): Node(text, .implicit, .doubleQuoted)
        case .word(let word): wordNode(word)
        case .words(let words): Node(words.map(wordNode), .implicit, .flow)
        case .flag(let flag): Node(flag ? "true" : "false")
        }
    }

    /// Plain when YAML reads the word back as a string (or as the date it is); quoted otherwise, so
    /// that an id such as `yes` or `null` stays an id.
    private static func wordNode(_ word: String) -> Node {
        let plain = Node(word)
        let tag = Resolver.default.resolveTag(of: plain)
        return tag == .str || tag == .timestamp ? plain : Node(word, .implicit, .doubleQuoted)
    }
}
