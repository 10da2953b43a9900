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
    /// The sizes of other lists the page prints (a briefing page: how many briefings each of its
    /// themes has, where it says so), so that a page whose numbers change is rendered again.
    public var counts: [Int]

    public init(kind: PageKind, id: String? = nil, path: String, dependencies: [Dependency], counts: [Int] = []) {
        self.kind = kind
        self.id = id
        self.path = path
        self.dependencies = dependencies
        self.counts = counts
    }

    /// Whether the page shows other files, or other numbers, than `other` does.
    func showsOtherThan(_ other: Page) -> Bool {
        dependencies != other.dependencies || counts != other.counts
    }

    /// The file the page is written to, relative to the output folder.
    public var outputPath: String { kind == .notFound ? SitePaths.notFound : path + "index.html" }
}
