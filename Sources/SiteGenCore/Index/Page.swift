/// One page of the site: what it shows, where it lives, and which source files it is made from.
public struct Page: Sendable, Hashable {
    public var kind: PageKind
    /// The briefing or theme it shows, for those kinds.
    public var id: String?
    /// The page's path below the base URL, ending in `/` (empty for the home page):
    /// `briefings/core-aim/`.
    public var path: String
    /// The content files this page shows, in the order it shows them, and what of each; besides
    /// those every page depends on (`site.yml`, the templates, and the theme and entity files).
    public var dependencies: [Dependency]
    /// Which page of its list it is (the list of briefings, a theme's), from 1.
    public var part: Int
    /// What it shows of the size of its whole list, though it depends on a few of its briefings
    /// only: how many briefings (the list of all briefings, a theme's first page) or how many
    /// pages (a theme's other pages); 0 for other pages.
    public var listSize: Int

    public init(kind: PageKind, id: String? = nil, part: Int = 1, listSize: Int = 0, path: String, dependencies: [Dependency]) {
        self.part = part
        self.listSize = listSize
        self.kind = kind
        self.id = id
        self.path = path
        self.dependencies = dependencies
    }

    /// The file the page is written to, relative to the output folder.
    public var outputPath: String { kind == .notFound ? SitePaths.notFound : path + "index.html" }
}
