/// The site graph: every page and its URL, themes and their briefings, links between pages, and
/// which pages depend on which source file. Built once per build; later stages only read it.
public struct SiteIndex: Sendable {
    public internal(set) var config: SiteConfig
    /// Themes in the site's order.
    public internal(set) var themes: [Theme]
    /// Published briefings (drafts only with `--drafts`), newest first.
    public internal(set) var briefings: [Briefing]
    /// For each theme id, its briefings as positions in `briefings`, newest first.
    public internal(set) var briefingsByTheme: [String: [Int]]
    public internal(set) var pages: [Page]
    /// For each content file, its links to other content files: link node → path below the base
    /// URL, with the fragment (`briefings/core-aim/#scope`).
    public internal(set) var links: [String: [Int: String]]
    /// For each briefing id, the briefings that link to it, in site order.
    public internal(set) var backlinks: [String: [String]]
    /// Entities and their mentions.
    public internal(set) var references: CrossReferences
    /// Sources and where each is cited.
    public internal(set) var citations: CitationIndex = .empty

    /// The paths of the content files whose text is in the site's own language while the pages
    /// are in another (no translation): their pages say so, and mark their text's language.
    public internal(set) var fallbacks: Set<String> = []

    /// The language of the text of the file at `path` where it is not the pages': the site's
    /// own, for a file a language's pages show untranslated; nil otherwise.
    public func otherLanguage(ofTextAt path: String) -> String? {
        fallbacks.isEmpty || !fallbacks.contains(path) ? nil : config.defaultLanguage
    }

    /// The link resolver of the build, to resolve a changed briefing's links again.
    var resolver: LinkResolver?

    var briefingPositions: [String: Int]
    private let themePositions: [String: Int]
    var pagePositions: [String: Int]

    init(
        config: SiteConfig, themes: [Theme], briefings: [Briefing], briefingsByTheme: [String: [Int]], pages: [Page],
        links: [String: [Int: String]], backlinks: [String: [String]], references: CrossReferences = .empty
    ) {
        self.references = references
        self.config = config
        self.themes = themes
        self.briefings = briefings
        self.pages = pages
        self.links = links
        self.backlinks = backlinks
        themePositions = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1.id, $0) })
        self.briefingsByTheme = briefingsByTheme
        // The pages' table beside the briefings': at 100,000 briefings, each held one core for
        // about 0.05 s.
        (briefingPositions, pagePositions) = Concurrently.run(
            { Dictionary(uniqueKeysWithValues: briefings.indices.map { (briefings[$0].id, $0) }) },
            { Self.positions(of: pages) })
    }

    /// For each theme id (every theme of `themes`, and any other a briefing lists), the
    /// positions of its briefings in site order; a theme listed twice by one briefing counts once.
    static func byTheme(_ briefings: [Briefing], _ themes: [Theme]) -> [String: [Int]] {
        var byTheme = Dictionary(uniqueKeysWithValues: themes.map { ($0.id, [Int]()) })
        for position in briefings.indices {
            let listed = briefings[position].themes
            for (place, theme) in listed.enumerated() where !listed[..<place].contains(where: { $0.value == theme.value }) {
                byTheme[theme.value, default: []].append(position)
            }
        }
        return byTheme
    }

    /// What the render stage changes in the body of the file at `path`.
    public func rewrites(for path: String) -> BodyRewrites {
        BodyRewrites(links: links[path] ?? [:], autoLinks: references.autoLinks[path] ?? [], labels: references.wikiLabels[path] ?? [:])
    }

    /// The latest date of the content: the last `date`, `updated` or update of any briefing.
    public var latestDate: ContentDate? {
        briefings.map(\.lastChanged).max()
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
        return pages.filter { page in
            page.dependencies.contains { $0.path == path && !$0.facets.isDisjoint(with: facets) }
        }
    }
}

extension SiteIndex {
    /// Each page's place in `pages`, by path.
    static func positions(of pages: [Page]) -> [String: Int] {
        Dictionary(pages.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
