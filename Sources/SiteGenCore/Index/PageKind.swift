/// The kinds of page a site has, each rendered with the template of the same name.
public enum PageKind: String, Sendable, Hashable, CaseIterable {
    case home, briefingList, briefing, themeList, theme, entity, xrefIndex, search, book, notFound, sourceList, source, updates

    /// The template under `templates/` that renders this kind of page.
    public var template: String {
        switch self {
        case .home: "home"
        case .briefingList: "briefings"
        case .briefing: "briefing"
        case .themeList: "themes"
        case .theme: "theme"
        case .entity: "entity"
        case .xrefIndex: "index"
        case .search: "search"
        case .book: "book"
        case .notFound: "404"
        case .sourceList: "sources"
        case .source: "source"
        case .updates: "updates"
        }
    }

    /// The kind of content file a page of this kind shows, for those that show one.
    public var contentKind: ContentKind? {
        switch self {
        case .briefing: .briefing
        case .theme: .theme
        case .entity: .entity
        case .source: .source
        default: nil
        }
    }
}
