/// Lays out the pages of a site and what each shows of which content file.
///
/// The pages come in a fixed order — the site-wide ones, then entities (A–Z), themes and
/// briefings (in site order) — and each kind's page is made by one function, which re-indexing
/// one briefing calls for the pages it can change.
enum PageLayout {
    /// How many site-wide pages come before the entities' pages.
    static let siteWidePages = 7

    static func pages(briefings: [Briefing], themes: [Theme], backlinks: [String: [String]], references: CrossReferences) -> [Page] {
        let cards = briefings.map { Dependency($0.path, .card) }
        let cardsAndMentions = briefings.map { Dependency($0.path, [.card, .mentions]) }
        var pages = [
            Page(kind: .home, path: SitePaths.home, dependencies: cards),
            Page(kind: .briefingList, path: SitePaths.briefings, dependencies: cards),
            Page(kind: .themeList, path: SitePaths.themes, dependencies: cards),
            Page(kind: .xrefIndex, path: SitePaths.xrefIndex, dependencies: cardsAndMentions),
            Page(kind: .search, path: SitePaths.search, dependencies: []),
            Page(kind: .book, path: SitePaths.book, dependencies: briefings.map { Dependency($0.path, .all) }),
            Page(kind: .notFound, path: SitePaths.notFound, dependencies: []),
        ]
        assert(pages.count == siteWidePages)
        let paths = Dictionary(uniqueKeysWithValues: briefings.map { ($0.id, $0.path) })
        let path = { (id: String) in paths[id] }
        for entity in references.entities {
            pages.append(entityPage(entity.id, mentions: references.mentions[entity.id] ?? [], path: path))
        }
        var themeMembers: [String: [Int]] = [:]
        for (position, briefing) in briefings.enumerated() {
            for theme in Set(briefing.themes.map(\.value)) { themeMembers[theme, default: []].append(position) }
        }
        for theme in themes {
            pages.append(themePage(theme, members: themeMembers[theme.id] ?? [], briefings: briefings))
        }
        for position in briefings.indices {
            pages.append(
                briefingPage(
                    at: position, briefings: briefings, themeMembers: themeMembers, related: references.related,
                    backlinks: backlinks, path: path))
        }
        return pages
    }

    /// An entity's page: it shows the cards and mentions of the briefings that name it, quoted.
    static func entityPage(_ id: String, mentions: [Mention], path: (String) -> String?) -> Page {
        var seen: Set<String> = []
        let mentioning = mentions.compactMap { path($0.briefing) }.filter { seen.insert($0).inserted }
        return Page(
            kind: .entity, id: id, path: SitePaths.entity(id), dependencies: mentioning.map { Dependency($0, [.card, .mentions]) })
    }

    /// A theme's page: the cards of its briefings (positions in site order), and their mentions
    /// when it lists entities.
    static func themePage(_ theme: Theme, members: [Int], briefings: [Briefing]) -> Page {
        let facets: Facets = theme.entityKinds.isEmpty ? .card : [.card, .mentions]
        return Page(
            kind: .theme, id: theme.id, path: SitePaths.theme(theme.id),
            dependencies: members.map { Dependency(briefings[$0].path, facets) })
    }

    /// A briefing's page: everything it shows, section by section: its own file, then the cards of
    /// its neighbours, of briefings of its themes, of related briefings and of backlinks.
    static func briefingPage(
        at position: Int, briefings: [Briefing], themeMembers: [String: [Int]], related: [String: [String]],
        backlinks: [String: [String]], path: (String) -> String?
    ) -> Page {
        let briefing = briefings[position]
        var shown: [Int] = []
        if position > 0 { shown.append(position - 1) }
        if position + 1 < briefings.count { shown.append(position + 1) }
        for theme in briefing.themes {
            shown += (themeMembers[theme.value] ?? []).prefix(RelatedBriefings.perTheme + 1)
        }
        // Not made unique: a briefing shown in two sections is listed twice, so that a change
        // to any one section changes the list.
        let cards =
            shown.map { briefings[$0].path } + (related[briefing.id] ?? []).compactMap(path)
            + (backlinks[briefing.id] ?? []).compactMap(path)
        let dependencies = [Dependency(briefing.path, .all)] + cards.map { Dependency($0, .card) }
        return Page(kind: .briefing, id: briefing.id, path: SitePaths.briefing(briefing.id), dependencies: dependencies)
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
