/// One place where a briefing names an entity.
///
/// Where it is (its section and sentence) is `Shared`: the index keeps each mention in its
/// entity's list and in its briefing's, and copies it between lists as it builds them; as plain
/// fields, each copy cost up to seven retains (with the releases, 3% of a 10,000-briefing build's
/// CPU samples, with the snippets' copies).
/// The entity and the briefing stay in the list itself, where grouping reads them one after
/// another without following a reference.
public struct Mention: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Written as a wiki-link: `[[id]]`, `[[Name]]`, `[[id|text]]`.
        case wikiLink
        /// Listed in the briefing's front-matter `entities:`.
        case listed
        /// Found in the text by name or alias.
        case text
    }

    public var entity: String
    public var briefing: String
    public var kind: Kind
    private var place: Shared<Place>

    struct Place: Sendable, Hashable {
        var anchor: String?
        var section: String?
        var snippet: Snippet?
    }

    // Read in place, not copied out: `mention.snippet?.term` retains no string.
    /// The anchor and text of the nearest heading above the mention, if there is one.
    public var anchor: String? {
        _read { yield place.value.anchor }
        set { place.value.anchor = newValue }
    }
    public var section: String? {
        _read { yield place.value.section }
        set { place.value.section = newValue }
    }
    /// The sentence around the mention; nil for a listed entity.
    public var snippet: Snippet? {
        _read { yield place.value.snippet }
        set { place.value.snippet = newValue }
    }

    public init(entity: String, briefing: String, kind: Kind, anchor: String? = nil, section: String? = nil, snippet: Snippet? = nil) {
        self.entity = entity
        self.briefing = briefing
        self.kind = kind
        place = Shared(Place(anchor: anchor, section: section, snippet: snippet))
    }

    public static func == (a: Mention, b: Mention) -> Bool {
        a.entity == b.entity && a.briefing == b.briefing && a.kind == b.kind
            && (a.place.isSame(as: b.place) || a.place.value == b.place.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entity)
        hasher.combine(briefing)
        hasher.combine(kind)
        hasher.combine(place.value)
    }
}

/// A sentence around a mention, as plain text in three parts, so templates can mark the term.
public struct Snippet: Sendable, Hashable {
    public var before: String
    public var term: String
    public var after: String

    public init(before: String, term: String, after: String) {
        self.before = before
        self.term = term
        self.after = after
    }
}

extension [Mention] {
    /// Each briefing's mentions, in order, as a range of positions. The index keeps a briefing's
    /// mentions of an entity together (`CrossReferenceBuilder`, and `SiteIndex+Reindex` when an
    /// edit moves them), so a new briefing is a new id after the last, and no lookup is needed;
    /// debug builds (the tests) check that no briefing comes back after another.
    func briefingRuns() -> [(briefing: String, range: Range<Int>)] {
        var runs: [(briefing: String, range: Range<Int>)] = []
        // By position, in place: a mention copied out retains its strings.
        withUnsafeBufferPointer { mentions in
            var start = 0
            for position in mentions.indices
            where position == mentions.count - 1 || mentions[position].briefing != mentions[position + 1].briefing {
                runs.append((mentions[start].briefing, start..<position + 1))
                start = position + 1
            }
        }
        assert(Set(runs.map(\.briefing)).count == runs.count, "a briefing's mentions of an entity are not together")
        return runs
    }
}
