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

    public init(kind: PageKind, id: String? = nil, path: String, dependencies: [Dependency]) {
        self.kind = kind
        self.id = id
        self.path = path
        self.dependencies = dependencies
    }

    /// The file the page is written to, relative to the output folder.
    public var outputPath: String { kind == .notFound ? SitePaths.notFound : path + "index.html" }
}
