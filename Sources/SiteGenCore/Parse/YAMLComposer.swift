/// Builds the value of a YAML text from libyaml's events in one pass, with the place of each value.
///
/// Besides libyaml's syntax errors it finds, each where it is met first: a key set twice in a
/// mapping (at its second one; for an alias, where its anchor's value is), an alias to no anchor,
/// a second document, and aliases that expand past `aliasLimit` values.
struct YAMLComposer {
    /// The most values a YAML text may hold once its aliases are expanded.
    ///
    /// An alias (`*name`) stands for the value its anchor (`&name`) holds. Composing costs nothing
    /// per alias, but anything that walks or compares the value pays its expanded size, and a few
    /// hundred bytes of nested aliases expand to billions of values ("billion laughs"). Front-matter
    /// is small, so a limit costs nothing.
    static let aliasLimit = 10_000

    enum Problem: Error, Equatable {
        case syntax(YAMLSyntaxError)
        /// The keys set more than once in one mapping, named for a message (`'title'`, or `a list
        /// key`) in order, and where the first is set again.
        case repeatedKeys([String], at: YAMLPlace)
        /// The alias that takes the text over `aliasLimit` values.
        case aliasesOverLimit(at: YAMLPlace)
    }

    /// The value of `yaml`'s one document, nil for a text with no document (empty, or comments).
    static func compose(_ yaml: String) -> Result<YAMLNode?, Problem> {
        var composer = YAMLComposer()
        if let error = YAMLEvents.read(yaml, { composer.take($0) }) {
            return .failure(composer.problem ?? .syntax(error))
        }
        if let problem = composer.problem { return .failure(problem) }
        return .success(composer.root)
    }

    /// A list or mapping whose end has not come yet.
    private struct Open {
        var anchor: String?
        var place: YAMLPlace
        var isMapping: Bool
        var items: [YAMLNode] = []
        /// Its values so far with aliases expanded, itself included.
        var size = 1
    }

    private var open: [Open] = []
    /// The anchors so far, with each value and its expanded size; a later anchor of the same name
    /// replaces an earlier one.
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// The expanded size of every value of the open collections, stopping at `aliasLimit + 1`.
    private var openSize = 0
    private var documents = 0
    private var root: YAMLNode?
    private var problem: Problem?

    /// Takes the next event; false (with `problem` set) to stop reading.
    private mutating func take(_ event: YAMLEvent) -> Bool {
        switch event {
        case .documentStart(let place):
            documents += 1
            guard documents == 1 else {
                let context = "expected a single document in the stream"
                return fail(
                    .syntax(
                        YAMLSyntaxError(
                            problem: "but found another document", place: place, context: context,
                            contextPlace: YAMLPlace(line: 1, column: 1))))
            }
            return true
        case .scalar(let scalar, let anchor, _):
            return add(.scalar(scalar), size: 1, anchor: anchor, at: scalar.place)
        case .alias(let name, let place):
            guard let (node, size) = anchors[name] else {
                return fail(.syntax(YAMLSyntaxError(problem: "found undefined alias", place: place)))
            }
            return add(node, size: size, anchor: nil, at: place)
        case .sequenceStart(let anchor, let place), .mappingStart(let anchor, let place):
            if case .mappingStart = event {
                open.append(Open(anchor: anchor, place: place, isMapping: true))
            } else {
                open.append(Open(anchor: anchor, place: place, isMapping: false))
            }
            // Counted now and checked with the next value or the end, which always follow.
            openSize = min(Self.aliasLimit + 1, openSize + 1)
            return true
        case .collectionEnd(let place):
            let closed = open.removeLast()
            openSize -= closed.size
            let node: YAMLNode
            if closed.isMapping {
                let pairs = stride(from: 0, to: closed.items.count - 1, by: 2).map {
                    YAMLMapping.Pair(key: closed.items[$0], value: closed.items[$0 + 1])
                }
                if let repeated = Self.repeatedKeys(pairs) { return fail(repeated) }
                node = .mapping(YAMLMapping(pairs: pairs, place: closed.place))
            } else {
                node = .sequence(YAMLSequence(items: closed.items, place: closed.place))
            }
            return add(node, size: closed.size, anchor: closed.anchor, at: place)
        }
    }

    /// Puts a finished value in the collection that holds it (or makes it the document's value).
    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?, at place: YAMLPlace) -> Bool {
        if let anchor { anchors[anchor] = (node, size) }
        if open.isEmpty {
            root = node
            return true
        }
        open[open.count - 1].items.append(node)
        open[open.count - 1].size = min(Self.aliasLimit + 1, open[open.count - 1].size + size)
        return grow(by: size, at: place)
    }

    private mutating func grow(by size: Int, at place: YAMLPlace) -> Bool {
        openSize = min(Self.aliasLimit + 1, openSize + size)
        return openSize <= Self.aliasLimit || fail(.aliasesOverLimit(at: place))
    }

    private mutating func fail(_ problem: Problem) -> Bool {
        self.problem = problem
        return false
    }

    /// How a key is named in a message: its text in quotes, or what it is.
    private static func name(_ key: YAMLNode) -> String {
        switch key {
        case .scalar(let scalar): "'\(scalar.text)'"
        case .sequence: "a list key"
        case .mapping: "a mapping key"
        }
    }

    /// The keys set more than once in a mapping, if any: their texts in order, and where the
    /// first of them is set the second time.
    private static func repeatedKeys(_ pairs: [YAMLMapping.Pair]) -> Problem? {
        guard pairs.count > 1 else { return nil }
        var seen: Set<YAMLNode> = []
        var again: [YAMLNode] = []
        for pair in pairs where !seen.insert(pair.key).inserted {
            again.append(pair.key)
        }
        guard !again.isEmpty else { return nil }
        let names = Set(again.map(Self.name)).sorted()
        let first = again.filter { Self.name($0) == names[0] }.map(\.place)
        return .repeatedKeys(names, at: first[0])
    }
}
