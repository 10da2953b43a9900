/// A briefing: one page of the site, from `content/briefings/<id>.md`.
///
/// Its fields are `Shared`: the index, the contexts and the data files copy briefings out of the
/// site's list, and a copy of its fifteen fields (strings, arrays, the parsed body) cost up to
/// twenty retains (2% of a 10,000-briefing build's CPU samples, with the releases). Setting a
/// field makes a new record: give every field to the initialiser rather than set it after.
public struct Briefing: Sendable, Identifiable {
    struct Fields: Sendable {
        var id: String
        var path: String
        var title: String
        var summary: String
        var date: ContentDate
        var updated: ContentDate?
        var themes: [Located<String>]
        var entities: [Located<String>]
        var sources: [SourceReference]
        var authors: [Located<String>] = []
        var updates: [BriefingUpdate] = []
        var draft: Bool
        var type: BriefingType = .news
        var weight: Int
        var body: MarkdownBody
    }

    private var fields: Shared<Fields>

    // Each field is read in place, not copied out: `briefing.body.headings` retains one array.

    public var id: String {
        _read { yield fields.value.id }
        set { fields.value.id = newValue }
    }
    public var path: String {
        _read { yield fields.value.path }
        set { fields.value.path = newValue }
    }
    public var title: String {
        _read { yield fields.value.title }
        set { fields.value.title = newValue }
    }
    public var summary: String {
        _read { yield fields.value.summary }
        set { fields.value.summary = newValue }
    }
    public var date: ContentDate {
        _read { yield fields.value.date }
        set { fields.value.date = newValue }
    }
    public var updated: ContentDate? {
        _read { yield fields.value.updated }
        set { fields.value.updated = newValue }
    }
    public var themes: [Located<String>] {
        _read { yield fields.value.themes }
        set { fields.value.themes = newValue }
    }
    public var entities: [Located<String>] {
        _read { yield fields.value.entities }
        set { fields.value.entities = newValue }
    }
    public var sources: [SourceReference] {
        _read { yield fields.value.sources }
        set { fields.value.sources = newValue }
    }
    /// Its bylines as written: ids of `authors:` in site.yml, or names.
    public var authors: [Located<String>] {
        _read { yield fields.value.authors }
        set { fields.value.authors = newValue }
    }
    /// Updates, corrections and clarifications, as written.
    public var updates: [BriefingUpdate] {
        _read { yield fields.value.updates }
        set { fields.value.updates = newValue }
    }
    public var draft: Bool {
        _read { yield fields.value.draft }
        set { fields.value.draft = newValue }
    }
    /// News or a report (`type:`), for structured data.
    public var type: BriefingType {
        _read { yield fields.value.type }
        set { fields.value.type = newValue }
    }
    /// Orders briefings of the same date: lower first.
    public var weight: Int {
        _read { yield fields.value.weight }
        set { fields.value.weight = newValue }
    }
    public var body: MarkdownBody {
        _read { yield fields.value.body }
        set { fields.value.body = newValue }
    }

    public init(
        id: String, path: String, title: String, summary: String, date: ContentDate, updated: ContentDate? = nil,
        themes: [Located<String>], entities: [Located<String>] = [], sources: [SourceReference] = [],
        authors: [Located<String>] = [], updates: [BriefingUpdate] = [], type: BriefingType = .news,
        draft: Bool = false, weight: Int = 0, body: MarkdownBody
    ) {
        fields = Shared(
            Fields(
                id: id, path: path, title: title, summary: summary, date: date, updated: updated, themes: themes, entities: entities,
                sources: sources, authors: authors, updates: updates, draft: draft, type: type, weight: weight, body: body))
    }
}
