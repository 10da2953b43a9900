/// One entry of a briefing's `updates:`: an update, a correction or a clarification, with its
/// date and a note of what changed.
public struct BriefingUpdate: Sendable, Hashable {
    public var date: ContentDate
    public var kind: Kind
    public var note: String

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case update, correction, clarification
    }

    public init(date: ContentDate, kind: Kind, note: String) {
        self.date = date
        self.kind = kind
        self.note = note
    }
}

extension Briefing {
    /// When it last changed: the latest of `date`, `updated` and its updates' dates.
    public var lastChanged: ContentDate {
        updates.reduce(max(date, updated ?? date)) { max($0, $1.date) }
    }

    /// Its updates, newest first (in the order written on the same instant).
    public var updatesNewestFirst: [BriefingUpdate] {
        updates.enumerated().sorted { ($0.element.date, $1.offset) > ($1.element.date, $0.offset) }.map(\.element)
    }
}
