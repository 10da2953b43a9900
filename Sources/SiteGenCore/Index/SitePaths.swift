/// The URL scheme of a site: where each page lives below the base URL. Pretty URLs: every page is
/// a folder with an `index.html`.
public enum SitePaths {
    public static let home = ""
    public static let briefings = "\(ContentKind.briefing.folder)/"
    public static let themes = "\(ContentKind.theme.folder)/"
    public static let entities = "\(ContentKind.entity.folder)/"
    public static let sources = "\(ContentKind.source.folder)/"
    public static let assets = "assets/"
    /// The cross-reference index page.
    public static let xrefIndex = "index/"
    /// The cross-reference index as data.
    public static let xrefData = "xref.json"
    public static let search = "search/"
    public static let searchData = "search-index.json"
    /// The printable briefing book: every briefing on one page.
    public static let book = "book/"
    /// Every update and correction of the site, and their feed.
    public static let updates = "updates/"
    public static let updatesFeed = "updates/feed.xml"
    /// The page static hosts answer with when nothing is at an address.
    public static let notFound = "404.html"
    public static let sitemap = "sitemap.xml"
    public static let feed = "feed.xml"
    /// The same briefings as `feed`, as a JSON Feed 1.1.
    public static let jsonFeed = "feed.json"
    public static let robots = "robots.txt"
    /// The files made from the index rather than by a template.
    public static let dataFiles = [xrefData, searchData, sitemap, feed, jsonFeed, updatesFeed, robots]

    public static func briefing(_ id: String) -> String { "\(briefings)\(id)/" }
    /// Page `number` of a list that starts at `path`: the list itself for the first.
    public static func part(_ number: Int, of path: String) -> String { number <= 1 ? path : "\(path)page/\(number)/" }
    public static func theme(_ id: String) -> String { "\(themes)\(id)/" }
    public static func entity(_ id: String) -> String { "\(entities)\(id)/" }
    public static func source(_ id: String) -> String { "\(sources)\(id)/" }
    /// The Atom feed of a theme's or an entity's briefings, beside its page.
    public static func feed(ofTheme id: String) -> String { theme(id) + feed }
    public static func feed(ofEntity id: String) -> String { entity(id) + feed }

    public static func page(of kind: ContentKind, id: String) -> String {
        switch kind {
        case .briefing: briefing(id)
        case .theme: theme(id)
        case .entity: entity(id)
        case .source: source(id)
        }
    }
}
