/// A place in a YAML text: 1-based line and column (in characters, as libyaml counts them).
struct YAMLPlace: Equatable, Sendable {
    var line: Int
    var column: Int
}

/// A YAML value as `YAMLComposer` builds it from libyaml's events: text, a list or a mapping, each
/// with the place it starts. Aliases are resolved to the value their anchor holds.
///
/// Two nodes are equal when they hold the same values with the same tags, places aside: how a
/// mapping's keys are compared, where `true` (a boolean) and `"true"` (text) are different keys.
enum YAMLNode: Hashable, Sendable {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    var place: YAMLPlace {
        switch self {
        case .scalar(let scalar): scalar.place
        case .sequence(let sequence): sequence.place
        case .mapping(let mapping): mapping.place
        }
    }

    /// Whether this is YAML's null: `~`, `null` or nothing, written plain.
    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }

    /// The text of a scalar, nil for a list or mapping.
    var text: String? {
        if case .scalar(let scalar) = self { return scalar.text }
        return nil
    }
}

struct YAMLScalar: Hashable, Sendable {
    enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    var text: String
    var style: Style
    /// The tag written before the value (`!!str 10` gives `tag:yaml.org,2002:str`), if any.
    var tag: String?
    var place: YAMLPlace

    static let boolTag = "tag:yaml.org,2002:bool"
    static let strTag = "tag:yaml.org,2002:str"

    /// YAML 1.1's words for true and false.
    private static let booleans: [String: Bool] = ["true": true, "yes": true, "on": true, "false": false, "no": false, "off": false]

    /// The value as a boolean: `true`, `yes`, `on`, `false`, `no` or `off`, in any case, unless it
    /// is text by its quotes or a `!!str` tag (as Yams read booleans, which sitegen did before).
    var bool: Bool? {
        tag == Self.strTag ? nil : Self.booleans[text.lowercased()]
    }

    /// The value as a whole number, for a plain value (whatever its tag, as Yams read them):
    /// decimal with an optional sign, `_` between digits allowed (`1_000`), or hexadecimal, octal
    /// or binary after `0x`, `0o` or `0b`. Unlike YAML 1.1, a leading zero is not octal.
    var int: Int? {
        guard style == .plain else { return nil }
        var digits = Substring(text.replacingOccurrences(of: "_", with: ""))
        let negative = digits.first == "-"
        if negative || digits.first == "+" { digits = digits.dropFirst() }
        guard digits.first?.isNumber == true else { return nil }
        let radix: Int
        switch digits.prefix(2) {
        case "0x": radix = 16
        case "0o": radix = 8
        case "0b": radix = 2
        default: radix = 10
        }
        if radix != 10 { digits = digits.dropFirst(2) }
        return Int((negative ? "-" : "") + digits, radix: radix)
    }

    /// `~`, `null` or nothing, written plain (whatever its tag, as Yams read them): YAML's null.
    var isNull: Bool {
        style == .plain && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// How YAML 1.1 spells its booleans: in lower case, capitalised or in capitals.
    private static let booleanSpellings = Set(booleans.keys.flatMap { [$0, $0.capitalized, $0.uppercased()] })

    /// The tag YAML's rules give the value: its own, or for a plain value without one `!!bool` if
    /// it spells a boolean, else `!!str`. As mapping keys, `true:` and `'true':` differ, and
    /// `tRue:` and `'tRue':` are the same key; so are `x:` and `!!str x:`, but not `!foo x:`.
    private var resolvedTag: String {
        tag ?? (style == .plain && Self.booleanSpellings.contains(text) ? Self.boolTag : Self.strTag)
    }

    static func == (a: YAMLScalar, b: YAMLScalar) -> Bool {
        a.text == b.text && a.resolvedTag == b.resolvedTag
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }
}

struct YAMLSequence: Hashable, Sendable {
    var items: [YAMLNode]
    var place: YAMLPlace

    static func == (a: YAMLSequence, b: YAMLSequence) -> Bool { a.items == b.items }
    func hash(into hasher: inout Hasher) { hasher.combine(items) }
}

struct YAMLMapping: Hashable, Sendable {
    struct Pair: Hashable, Sendable {
        var key: YAMLNode
        var value: YAMLNode
    }

    var pairs: [Pair]
    var place: YAMLPlace

    static func == (a: YAMLMapping, b: YAMLMapping) -> Bool { a.pairs == b.pairs }
    func hash(into hasher: inout Hasher) { hasher.combine(pairs) }
}
