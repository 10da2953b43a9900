/// The index stage: orders themes and briefings, checks every cross-reference (themes named by
/// briefings, links between content files and their `#fragments`, entities), builds the
/// cross-reference index, and lays out the pages.
public enum SiteIndexer {
    /// With `previous` — the index of the same site before only the briefings at the paths in
    /// `changed` changed — the other briefings' text is not scanned again.
    public static func index(
        _ input: IndexInput, reusing previous: SiteIndex? = nil, changed: Set<String> = []
    ) -> (SiteIndex, [Diagnostic]) {
        let config = input.config, unparsed = input.unparsed
        var diagnostics: [Diagnostic] = []
        let unparsedThemes = Set(unparsed.compactMap { ContentPath.id(of: $0, kind: .theme) })
        let themes = ThemeOrder.arrange(input.themes, by: config.themeOrder, ignoring: unparsedThemes, diagnostics: &diagnostics)
        let themeIDs = Set(themes.map(\.id)).union(unparsedThemes)
        let isIncluded: @Sendable (Briefing) -> Bool = { input.includeDrafts || !$0.draft }
        // The briefings' order, checks and themes beside the link resolver's table, which needs
        // only which ids are published: at 100,000 briefings, each held one core for 0.1-0.2 s.
        let ((briefings, briefingProblems, byTheme), building) = Concurrently.run(
            {
                let briefings = Briefing.newestFirst(input.briefings, where: isIncluded)
                return (
                    briefings, checks(of: briefings, themes: themeIDs, authors: config.authors.map(\.id)),
                    SiteIndex.byTheme(briefings, themes)
                )
            },
            {
                var resolver = LinkResolver(
                    briefings: input.briefings,
                    published: Set(input.briefings.lazy.filter(isIncluded).map(\.id)), themes: themes,
                    entities: input.entities, sources: input.sources, staticFiles: input.staticFiles, unparsed: unparsed,
                    basePath: config.rootPath)
                resolver.staticPrefix = config.languageRoot.isEmpty ? "" : "../"
                resolver.fallbacks = input.fallbacks
                return resolver
            })
        diagnostics += briefingProblems
        let allBriefingsParsed = !unparsed.contains { ContentPath.id(of: $0, kind: .briefing) != nil }
        for theme in themes where byTheme[theme.id]?.isEmpty != false && allBriefingsParsed {
            diagnostics.append(.warning(.index, at: SourceLocation(path: theme.path), "theme '\(theme.id)' has no briefings"))
        }
        let resolver = building
        // Each briefing's links resolved on every core; their problems kept in site order.
        let resolutions = briefings.parallelMap { briefing in
            var problems: [Diagnostic] = []
            let (resolved, targets) = resolver.resolve(briefing.body, from: briefing.path, diagnostics: &problems)
            return Resolution(links: resolved, briefings: targets, problems: problems)
        }
        for resolution in resolutions { diagnostics += resolution.problems }
        let citations = CitationIndex.build(
            sources: input.sources, briefings: briefings, unparsed: unparsed, requireCitations: config.requireCitations,
            collation: Collation(language: config.language), diagnostics: &diagnostics)
        if allBriefingsParsed {
            for source in citations.sources where citations.places[source.id] == nil {
                diagnostics.append(.warning(.index, at: SourceLocation(path: source.path), "source '\(source.id)' is cited by no briefing"))
            }
        }
        let otherBodies =
            themes.map { ($0.path, $0.body) } + input.entities.map { ($0.path, $0.body) } + citations.sources.map { ($0.path, $0.body) }
        let otherLinks = otherBodies.map { (path: $0.0, links: resolver.resolve($0.1, from: $0.0, diagnostics: &diagnostics).0) }
        let table = EntityTable(
            input.entities, ignoring: Set(unparsed.compactMap { ContentPath.id(of: $0, kind: .entity) }), diagnostics: &diagnostics)
        if !input.includeDrafts {
            diagnostics += draftProblems(input, themes: themeIDs, resolver: resolver, table: table)
        }
        let xref = CrossReferenceBuilder(
            table: table, linkFirstMention: config.linkFirstMention, collation: Collation(language: config.language)
        )
        .build(briefings: briefings, themes: themes, reusing: previous?.references, changed: changed, diagnostics: &diagnostics)
        // Each briefing's wiki-links merged into its links on every core; then the tables of links
        // and of backlinks in two halves at once: at 100,000 briefings, filling them held one
        // core for about 0.4 s while the other waited, and the merges were half of it.
        let briefingLinks = Array(briefings.indices).parallelMap { position in
            Self.merged(resolutions[position].links, xref.wikiLinks[briefings[position].path])
        }
        let (links, backlinks) = Concurrently.run(
            { Self.links(of: briefings, briefingLinks, others: otherLinks, wikiLinks: xref.wikiLinks) },
            { Self.backlinks(of: briefings, resolutions) })
        let pages = PageLayout.pages(
            briefings: briefings, themes: themes, themeMembers: byTheme, backlinks: backlinks, references: xref.references,
            naming: xref.naming,
            related: xref.relatedPlaces,
            citations: citations,
            perPage: input.config.paginate)
        diagnostics += OutputCollisions.find(
            staticFiles: input.staticFiles, pages: pages,
            feeds: themes.map { SitePaths.feed(ofTheme: $0.id) } + xref.references.entities.map { SitePaths.feed(ofEntity: $0.id) },
            folder: config.languageRoot)
        var index = SiteIndex(
            config: config, themes: themes, briefings: briefings, briefingsByTheme: byTheme, pages: pages, links: links,
            backlinks: backlinks, references: xref.references)
        index.resolver = resolver
        index.citations = citations
        index.fallbacks = input.fallbacks
        return (index, diagnostics)
    }

    /// One briefing's resolved links (node → path) and the ids of the briefings they lead to.
    struct Resolution: Sendable {
        var links: [Int: String]
        var briefings: [String]
        var problems: [Diagnostic]
    }

    /// Each file's links, by path: the briefings' (`briefingLinks`, by position, their wiki-links
    /// merged in already), then the other files' Markdown links with their wiki-links.
    static func links(
        of briefings: [Briefing], _ briefingLinks: [[Int: String]], others: [(path: String, links: [Int: String])],
        wikiLinks: [String: [Int: String]]
    ) -> [String: [Int: String]] {
        var links = [String: [Int: String]](minimumCapacity: briefings.count + others.count)
        for position in briefings.indices { links[briefings[position].path] = briefingLinks[position] }
        for other in others { links[other.path] = merged(other.links, wikiLinks[other.path]) }
        // Every file with wiki-links is a briefing or one of `others`, whose tables hold them.
        assert(wikiLinks.keys.allSatisfy { links[$0] != nil }, "wiki-links of a file with no links' table")
        return links
    }

    /// A file's Markdown links (node → path) with its wiki-links; a node in both is a wiki-link.
    static func merged(_ links: [Int: String], _ wikiLinks: [Int: String]?) -> [Int: String] {
        guard let wikiLinks, !wikiLinks.isEmpty else { return links }
        return links.merging(wikiLinks) { $1 }
    }

    /// For each briefing id, the briefings that link to it, in site order, each once.
    static func backlinks(of briefings: [Briefing], _ resolutions: [Resolution]) -> [String: [String]] {
        var backlinks: [String: [String]] = [:]
        for position in briefings.indices {
            let id = briefings[position].id
            for target in resolutions[position].briefings where target != id && backlinks[target]?.last != id {
                backlinks[target, default: []].append(id)
            }
        }
        return backlinks
    }

    /// What would be wrong with each draft if it were published, as warnings: a build without
    /// `--drafts` leaves drafts out, but not their problems.
    static func draftProblems(_ input: IndexInput, themes: Set<String>, resolver: LinkResolver, table: EntityTable) -> [Diagnostic] {
        let drafts = input.briefings.filter(\.draft) + input.unusedDrafts
        guard !drafts.isEmpty else { return [] }
        let checks = BriefingChecks(
            themes: themes, authors: input.config.authors.map(\.id), resolver: resolver, table: table,
            linkFirstMention: input.config.linkFirstMention, sources: Set(input.sources.map(\.id)),
            brokenSources: Set(input.unparsed.compactMap { ContentPath.id(of: $0, kind: .source) }))
        return drafts.flatMap { BriefingChecks.asDraft(checks.run($0).diagnostics) }
    }

    /// Each briefing's unknown themes and authors, in site order.
    static func checks(of briefings: [Briefing], themes: Set<String>, authors: [String]) -> [Diagnostic] {
        briefings.flatMap { checkThemes(of: $0, known: themes) + checkAuthors(of: $0, known: authors) }
    }

    /// A byline written as an id (lowercase, no spaces) must name a person of `authors:` in
    /// site.yml; a name is shown as it is written.
    static func checkAuthors(of briefing: Briefing, known: [String]) -> [Diagnostic] {
        briefing.authors.filter { Person.looksLikeID($0.value) && !known.contains($0.value) }.map { author in
            .error(
                .index, at: author.location,
                "unknown author '\(author.value)'\(Suggestion.didYouMean(author.value, in: known)): an id names a person of 'authors:' in site.yml; write a name as it is shown, with its capitals (Jane Doe)"
            )
        }
    }

    static func checkThemes(of briefing: Briefing, known: Set<String>) -> [Diagnostic] {
        var seen: Set<String> = []
        var problems: [Diagnostic] = []
        for theme in briefing.themes {
            if !known.contains(theme.value) {
                problems.append(
                    .error(.index, at: theme.location, "unknown theme '\(theme.value)'\(Suggestion.didYouMean(theme.value, in: known))"))
            } else if !seen.insert(theme.value).inserted {
                problems.append(.warning(.index, at: theme.location, "theme '\(theme.value)' is listed twice"))
            }
        }
        return problems
    }
}
