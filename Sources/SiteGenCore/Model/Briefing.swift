/// A briefing: one page of the site, from `content/briefings/<id>.md`.
public struct Briefing: Sendable, Identifiable {
    public var id: String
    public var path: String
    public var title: String
    public var summary: String
    public var date: ContentDate
    public var updated: ContentDate?
    public var themes: [Located<String>]
    public var entities: [Located<String>]
    public var sources: [SourceReference]
    /// Its bylines as written: ids of `authors:` in site.yml, or names.
    public var authors: [Located<String>] = []
    /// Updates, corrections and clarifications, as written.
    public var updates: [BriefingUpdate] = []
    public var draft: Bool
    /// News or a report (`type:`), for structured data.
    public var type: BriefingType = .news
    /// Orders briefings of the same date: lower first.
    public var weight: Int
    public var body: MarkdownBody

    public init(
        id: String, path: String, title: String, summary: String, date: ContentDate, updated: ContentDate? = nil,
        themes: [Located<String>], entities: [Located<String>] = [], sources: [SourceReference] = [],
        draft: Bool = false, weight: Int = 0, body: MarkdownBody
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.summary = summary
        self.date = date
        self.updated = updated
        self.themes = themes
        self.entities = entities
        self.sources = sources
        self.draft = draft
        self.weight = weight
        self.body = body
    }

    /// Newest first; on the same date by weight, then by id.
    public static func newestFirst(_ a: Briefing, _ b: Briefing) -> Bool {
        if a.date != b.date { return a.date > b.date }
        if a.weight != b.weight { return a.weight < b.weight }
        return a.id < b.id
    }
}
