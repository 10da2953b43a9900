/// Lays out the pages of a site and what each depends on.
enum PageLayout {
    static func pages(briefings: [Briefing], themes: [Theme], references: CrossReferences) -> [Page] {
        let allBriefings = briefings.map(\.path)
        var pages = [
            Page(kind: .home, path: SitePaths.home, dependencies: allBriefings),
            Page(kind: .briefingList, path: SitePaths.briefings, dependencies: allBriefings),
            Page(kind: .themeList, path: SitePaths.themes, dependencies: allBriefings),
            Page(kind: .xrefIndex, path: SitePaths.xrefIndex, dependencies: allBriefings),
        ]
        let paths = Dictionary(uniqueKeysWithValues: briefings.map { ($0.id, $0.path) })
        for entity in references.entities {
            let mentioning = Set((references.mentions[entity.id] ?? []).compactMap { paths[$0.briefing] })
            pages.append(Page(kind: .entity, id: entity.id, path: SitePaths.entity(entity.id), dependencies: mentioning.sorted()))
        }
        var themeMembers: [String: [String]] = [:]
        for briefing in briefings {
            for theme in briefing.themes { themeMembers[theme.value, default: []].append(briefing.path) }
        }
        for theme in themes {
            pages.append(Page(kind: .theme, id: theme.id, path: SitePaths.theme(theme.id), dependencies: themeMembers[theme.id] ?? []))
        }
        for (position, briefing) in briefings.enumerated() {
            // Neighbours and same-theme briefings show up on the page by title.
            var dependencies = Set([briefing.path])
            if position > 0 { dependencies.insert(briefings[position - 1].path) }
            if position + 1 < briefings.count { dependencies.insert(briefings[position + 1].path) }
            for theme in briefing.themes {
                dependencies.formUnion((themeMembers[theme.value] ?? []).prefix(RelatedBriefings.perTheme + 1))
            }
            dependencies.formUnion((references.related[briefing.id] ?? []).compactMap { paths[$0] })
            pages.append(Page(kind: .briefing, id: briefing.id, path: SitePaths.briefing(briefing.id), dependencies: dependencies.sorted()))
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
