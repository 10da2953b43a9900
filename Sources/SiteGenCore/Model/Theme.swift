/// A theme (participants, guarantees, next steps, …): a page gathering the briefings that name it,
/// from `content/themes/<id>.md`, whose body introduces the theme.
public struct Theme: Sendable, Identifiable {
    public var id: String
    public var path: String
    public var title: String
    public var summary: String
    /// The theme's place when `site.yml` does not list the order of themes.
    public var order: Int?
    public var body: MarkdownBody

    public init(id: String, path: String, title: String, summary: String, order: Int?, body: MarkdownBody) {
        self.id = id
        self.path = path
        self.title = title
        self.summary = summary
        self.order = order
        self.body = body
    }
}
