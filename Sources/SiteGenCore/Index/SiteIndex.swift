/// The site graph: every page and its URL, themes and their briefings, links between pages, and
/// which pages depend on which source file. Built once per build; later stages only read it.
public struct SiteIndex: Sendable {
    public let config: SiteConfig
    /// Themes in the site's order.
    public let themes: [Theme]
    /// Published briefings (drafts only with `--drafts`), newest first.
    public let briefings: [Briefing]
    /// For each theme id, its briefings as positions in `briefings`, newest first.
    public let briefingsByTheme: [String: [Int]]
    public let pages: [Page]
    /// For each content file, its links to other content files: link node → path below the base
    /// URL, with the fragment (`briefings/core-aim/#scope`).
    public let links: [String: [Int: String]]
    /// For each briefing id, the briefings that link to it, in site order.
    public let backlinks: [String: [String]]
    /// Entities and their mentions.
    public let references: CrossReferences

    private let briefingPositions: [String: Int]
    private let themePositions: [String: Int]
    private let dependents: [String: [Int]]

    init(
        config: SiteConfig, themes: [Theme], briefings: [Briefing], pages: [Page],
        links: [String: [Int: String]], backlinks: [String: [String]], references: CrossReferences = .empty
    ) {
        self.references = references
        self.config = config
        self.themes = themes
        self.briefings = briefings
        self.pages = pages
        self.links = links
        self.backlinks = backlinks
        briefingPositions = Dictionary(uniqueKeysWithValues: briefings.enumerated().map { ($1.id, $0) })
        themePositions = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1.id, $0) })
        var byTheme = Dictionary(uniqueKeysWithValues: themes.map { ($0.id, [Int]()) })
        for (position, briefing) in briefings.enumerated() {
            for theme in Set(briefing.themes.map(\.value)) { byTheme[theme, default: []].append(position) }
        }
        briefingsByTheme = byTheme
        var dependents: [String: [Int]] = [:]
        for (position, page) in pages.enumerated() {
            for dependency in page.dependencies { dependents[dependency.path, default: []].append(position) }
        }
        self.dependents = dependents
    }

    /// What the render stage changes in the body of the file at `path`.
    public func rewrites(for path: String) -> BodyRewrites {
        BodyRewrites(links: links[path] ?? [:], autoLinks: references.autoLinks[path] ?? [], labels: references.wikiLabels[path] ?? [:])
    }

    public func briefing(_ id: String) -> Briefing? { briefingPositions[id].map { briefings[$0] } }
    public func position(ofBriefing id: String) -> Int? { briefingPositions[id] }
    public func theme(_ id: String) -> Theme? { themePositions[id].map { themes[$0] } }

    /// The briefings of a theme, newest first.
    public func briefings(inTheme id: String) -> [Briefing] {
        (briefingsByTheme[id] ?? []).map { briefings[$0] }
    }

    /// Whether a change to the file at `path` (relative to the site folder) can change every page:
    /// the site settings, templates and themes appear on every page, and an entity's names are
    /// looked for in every briefing.
    public static func changesEveryPage(_ path: String) -> Bool {
        path == SiteLayout.config || path.hasPrefix(SiteLayout.templates + "/")
            || path.hasPrefix("\(SiteLayout.content)/\(ContentKind.theme.folder)/")
            || path.hasPrefix("\(SiteLayout.content)/\(ContentKind.entity.folder)/")
    }

    /// The pages to render again when these facets of the file at `path` change.
    public func pages(dependingOn path: String, facets: Facets = .all) -> [Page] {
        if Self.changesEveryPage(path) { return pages }
        return (dependents[path] ?? []).map { pages[$0] }.filter { page in
            page.dependencies.contains { $0.path == path && !$0.facets.isDisjoint(with: facets) }
        }
    }
}
