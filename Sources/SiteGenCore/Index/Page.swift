/// One page of the site: what it shows, where it lives, and which source files it is made from.
public struct Page: Sendable, Hashable {
    public var kind: PageKind
    /// The briefing or theme it shows, for those kinds.
    public var id: String?
    /// The page's path below the base URL, ending in `/` (empty for the home page):
    /// `briefings/core-aim/`.
    public var path: String
    /// The content files whose change changes this page, besides those every page depends on
    /// (`site.yml`, the templates and the theme files, which navigation shows).
    public var dependencies: [String]

    public init(kind: PageKind, id: String? = nil, path: String, dependencies: [String]) {
        self.kind = kind
        self.id = id
        self.path = path
        self.dependencies = dependencies
    }

    /// The file the page is written to, relative to the output folder.
    public var outputPath: String { path + "index.html" }
}
