/// Lays out the pages of a site and what each shows of which content file.
///
/// The pages come in a fixed order — the site-wide ones, then entities (A–Z), sources (A–Z by
/// title), themes and briefings (in site order) — and each kind's page is made by one function, which re-indexing
/// one briefing calls for the pages it can change.
enum PageLayout {
    /// `themeMembers` holds each theme's briefings by place (`SiteIndex.byTheme`); `naming`, for
    /// each entity, the places in `briefings` of those that name it, in site order, and `related`
    /// each briefing's related briefings, by place (both made by `CrossReferenceBuilder`).
    static func pages(
        briefings: [Briefing], themes: [Theme], themeMembers: [String: [Int]], backlinks: [String: [String]],
        references: CrossReferences, naming: [String: [Int]],
        related: [[Int]],
        citations: CitationIndex = .empty, perPage: Int = SiteConfig.defaultPaginate
    ) -> [Page] {
        // The site-wide pages beside the table of paths the others need: at 100,000 briefings,
        // each held one core for about 0.1 s.
        let (siteWide, paths) = Concurrently.run(
            { siteWidePages(briefings: briefings, perPage: perPage) },
            { Dictionary(uniqueKeysWithValues: briefings.map { ($0.id, $0.path) }) })
        var pages = siteWide
        let path = { @Sendable (id: String) in paths[id] }
        // By place, not by id, and on every core: at 100,000 briefings, a million are listed here.
        pages += references.entities.map(\.id).parallelMap { id in entityPage(id, naming: (naming[id] ?? []).map { briefings[$0].path }) }
        if !citations.sources.isEmpty {
            pages.append(sourceListPage(citations, path: path))
            for source in citations.sources { pages.append(sourcePage(source, places: citations.places[source.id] ?? [], path: path)) }
        }
        for theme in themes {
            pages += themePages(theme, members: themeMembers[theme.id] ?? [], briefings: briefings, perPage: perPage)
        }
        pages += Array(briefings.indices).parallelMap { position in
            briefingPage(
                at: position, briefings: briefings, themeMembers: themeMembers, related: related[position].map { briefings[$0].path },
                backlinks: backlinks, citations: citations, path: path)
        }
        return pages
    }

    /// The pages that show the whole site's briefings in site order: the home page, the list of
    /// every briefing, the themes' list, the cross-reference index, search, the book, the
    /// updates and the not-found page, in the order `pages` puts them first.
    static func siteWidePages(briefings: [Briefing], perPage: Int) -> [Page] {
        let cards = briefings.map { Dependency($0.path, .card) }
        let cardsAndMentions = briefings.map { Dependency($0.path, [.card, .mentions]) }
        // The list of every briefing, a page per `perPage` of them: a card changes one page.
        let lists = parts(of: Array(briefings.indices), perPage: perPage).map { part, slice in
            Page(
                kind: .briefingList, part: part, listSize: briefings.count, path: SitePaths.part(part, of: SitePaths.briefings),
                dependencies: slice.map { cards[$0] })
        }
        return
            [Page(kind: .home, path: SitePaths.home, dependencies: cards)] + lists + [
                Page(kind: .themeList, path: SitePaths.themes, dependencies: cards),
                Page(kind: .xrefIndex, path: SitePaths.xrefIndex, dependencies: cardsAndMentions),
                Page(kind: .search, path: SitePaths.search, dependencies: []),
                Page(kind: .book, path: SitePaths.book, dependencies: briefings.map { Dependency($0.path, .all) }),
                Page(
                    kind: .updates, path: SitePaths.updates,
                    dependencies: briefings.filter { !$0.updates.isEmpty }.map { Dependency($0.path, .card) }),
                Page(kind: .notFound, path: SitePaths.notFound, dependencies: []),
            ]
    }

    /// An entity's page: it shows the cards and mentions of the briefings that name it, quoted.
    static func entityPage(_ id: String, mentions: [Mention], path: (String) -> String?) -> Page {
        entityPage(id, naming: mentions.briefingRuns().compactMap { path($0.briefing) })
    }

    /// An entity's page, from the paths of the briefings that name it, in site order.
    static func entityPage(_ id: String, naming paths: [String]) -> Page {
        Page(kind: .entity, id: id, path: SitePaths.entity(id), dependencies: paths.map { Dependency($0, [.card, .mentions]) })
    }

    /// The list of sources: each source's file, and the citations of every briefing (it counts them).
    static func sourceListPage(_ citations: CitationIndex, path: (String) -> String?) -> Page {
        var seen: Set<String> = []
        let citing = citations.sources.flatMap { citations.places[$0.id] ?? [] }.compactMap { path($0.briefing) }
            .filter { seen.insert($0).inserted }.sorted()
        return Page(
            kind: .sourceList, path: SitePaths.sources,
            dependencies: citations.sources.map { Dependency($0.path, .all) } + citing.map { Dependency($0, .citations) })
    }

    /// A source's page: its own file, and the cards and text of the briefings that cite it.
    static func sourcePage(_ source: Source, places: [CitationPlace], path: (String) -> String?) -> Page {
        var seen: Set<String> = []
        let citing = places.compactMap { path($0.briefing) }.filter { seen.insert($0).inserted }
        return Page(
            kind: .source, id: source.id, path: SitePaths.source(source.id),
            dependencies: [Dependency(source.path, .all)] + citing.map { Dependency($0, [.card, .citations]) })
    }

    /// The pages of a list of `items`, `perPage` on each (one page for an empty list), numbered
    /// from 1.
    static func parts(of items: [Int], perPage: Int) -> [(part: Int, items: ArraySlice<Int>)] {
        (1...partCount(items.count, perPage: perPage)).map { ($0, self.items(ofPart: $0, in: items, perPage: perPage)) }
    }

    /// The items page `part` of a list shows.
    static func items<Items: RandomAccessCollection<Int>>(ofPart part: Int, in items: Items, perPage: Int) -> Items.SubSequence
    where Items.Index == Int {
        items[min(items.count, (part - 1) * perPage)..<min(items.count, part * perPage)]
    }

    /// How many pages a list of `count` items takes.
    static func partCount(_ count: Int, perPage: Int) -> Int { max(1, (count + perPage - 1) / max(1, perPage)) }

    /// A theme's pages: the cards of its briefings (positions in site order), `perPage` on each;
    /// the first has the theme's introduction, how many briefings it has and, when it lists
    /// entities, the mentions of all its briefings; the others show only how many pages there are.
    static func themePages(_ theme: Theme, members: [Int], briefings: [Briefing], perPage: Int) -> [Page] {
        parts(of: members, perPage: perPage).map { part, slice in
            var dependencies = slice.map { Dependency(briefings[$0].path, .card) }
            if part == 1, !theme.entityKinds.isEmpty {
                // The first page's cards are the list's first `perPage`.
                dependencies = members.enumerated().map { offset, position in
                    Dependency(briefings[position].path, offset < slice.count ? [.card, .mentions] : .mentions)
                }
            }
            return Page(
                kind: .theme, id: theme.id, part: part, listSize: part == 1 ? members.count : partCount(members.count, perPage: perPage),
                path: SitePaths.part(part, of: SitePaths.theme(theme.id)),
                dependencies: dependencies)
        }
    }

    /// A briefing's page: everything it shows, section by section: its own file, then the cards of
    /// its neighbours, of briefings of its themes, of related briefings (`related`, their paths)
    /// and of backlinks.
    static func briefingPage(
        at position: Int, briefings: [Briefing], themeMembers: [String: [Int]], related: [String],
        backlinks: [String: [String]], citations: CitationIndex = .empty, path: (String) -> String?
    ) -> Page {
        // Read in place, without a copy's retain and release.
        let id = briefings[position].id
        var shown: [Int] = []
        if position > 0 { shown.append(position - 1) }
        if position + 1 < briefings.count { shown.append(position + 1) }
        for theme in briefings[position].themes {
            shown += (themeMembers[theme.value] ?? []).prefix(RelatedBriefings.perTheme + 1)
        }
        // Not made unique: a briefing shown in two sections is listed twice, so that a change
        // to any one section changes the list.
        let cards =
            shown.map { briefings[$0].path } + related
            + (backlinks[id] ?? []).compactMap(path)
        // The sources it cites, as its list of sources shows them.
        let cited = CitationNumbers(briefings[position].body.citations).sources.compactMap { citations.source($0)?.path }
        let dependencies =
            [Dependency(briefings[position].path, .all)] + cards.map { Dependency($0, .card) } + cited.map { Dependency($0, .card) }
        return Page(kind: .briefing, id: id, path: SitePaths.briefing(id), dependencies: dependencies)
    }
}

/// How many related briefings a briefing page lists.
public enum RelatedBriefings {
    /// Briefings of the same theme, before a link to the theme page.
    public static let perTheme = 5
    /// Briefings that share most entities.
    public static let count = 5
    /// For each entity, the briefings nearest in site order that are weighed as related.
    public static let candidatesPerEntity = 50
}
