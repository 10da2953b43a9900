/// A theme (participants, guarantees, next steps, …): a page gathering the briefings that name it,
/// from `content/themes/<id>.md`, whose body introduces the theme.
public struct Theme: Sendable, Identifiable {
    public var id: String
    public var path: String
    public var title: String
    public var summary: String
    /// The theme's place when `site.yml` does not list the order of themes.
    public var order: Int?
    /// The kinds of entity the theme page lists, from the theme's briefings (e.g. the people,
    /// states and organisations on a page about participants).
    public var entityKinds: [EntityKind]
    public var body: MarkdownBody

    public init(id: String, path: String, title: String, summary: String, order: Int?, entityKinds: [EntityKind] = [], body: MarkdownBody) {
        self.entityKinds = entityKinds
        self.id = id
        self.path = path
        self.title = title
        self.summary = summary
        self.order = order
        self.body = body
    }
}
