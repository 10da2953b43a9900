/// Lays out the pages of a site and what each shows of which content file.
enum PageLayout {
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
        let paths = Dictionary(uniqueKeysWithValues: briefings.map { ($0.id, $0.path) })
        for entity in references.entities {
            var seen: Set<String> = []
            let mentioning = (references.mentions[entity.id] ?? []).compactMap { paths[$0.briefing] }.filter { seen.insert($0).inserted }
            pages.append(
                Page(
                    kind: .entity, id: entity.id, path: SitePaths.entity(entity.id),
                    dependencies: mentioning.map { Dependency($0, [.card, .mentions]) }))
        }
        var themeMembers: [String: [Int]] = [:]
        for (position, briefing) in briefings.enumerated() {
            for theme in Set(briefing.themes.map(\.value)) { themeMembers[theme, default: []].append(position) }
        }
        for theme in themes {
            let facets: Facets = theme.entityKinds.isEmpty ? .card : [.card, .mentions]
            let members = (themeMembers[theme.id] ?? []).map { Dependency(briefings[$0].path, facets) }
            pages.append(Page(kind: .theme, id: theme.id, path: SitePaths.theme(theme.id), dependencies: members))
        }
        for (position, briefing) in briefings.enumerated() {
            // Everything the page shows, section by section: its own file, then the cards of its
            // neighbours, of briefings of its themes, of related briefings and of backlinks.
            var shown: [Int] = []
            if position > 0 { shown.append(position - 1) }
            if position + 1 < briefings.count { shown.append(position + 1) }
            for theme in briefing.themes {
                shown += (themeMembers[theme.value] ?? []).prefix(RelatedBriefings.perTheme + 1)
            }
            // Not made unique: a briefing shown in two sections is listed twice, so that a change
            // to any one section changes the list.
            let cards =
                shown.map { briefings[$0].path } + (references.related[briefing.id] ?? []).compactMap { paths[$0] }
                + (backlinks[briefing.id] ?? []).compactMap { paths[$0] }
            let dependencies = [Dependency(briefing.path, .all)] + cards.map { Dependency($0, .card) }
            pages.append(Page(kind: .briefing, id: briefing.id, path: SitePaths.briefing(briefing.id), dependencies: dependencies))
        }
        return pages
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
