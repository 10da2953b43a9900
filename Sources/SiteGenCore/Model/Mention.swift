/// One place where a briefing names an entity.
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
    /// The anchor and text of the nearest heading above the mention, if there is one.
    public var anchor: String?
    public var section: String?
    /// The sentence around the mention; nil for a listed entity.
    public var snippet: Snippet?

    public init(entity: String, briefing: String, kind: Kind, anchor: String? = nil, section: String? = nil, snippet: Snippet? = nil) {
        self.entity = entity
        self.briefing = briefing
        self.kind = kind
        self.anchor = anchor
        self.section = section
        self.snippet = snippet
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
        // By position, in place: a mention copied out retains its five strings.
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
