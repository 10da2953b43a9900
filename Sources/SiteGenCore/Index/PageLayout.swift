/// Lays out the pages of a site and what each depends on.
enum PageLayout {
    static func pages(briefings: [Briefing], themes: [Theme]) -> [Page] {
        let allBriefings = briefings.map(\.path)
        var pages = [
            Page(kind: .home, path: SitePaths.home, dependencies: allBriefings),
            Page(kind: .briefingList, path: SitePaths.briefings, dependencies: allBriefings),
            Page(kind: .themeList, path: SitePaths.themes, dependencies: allBriefings),
        ]
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
            pages.append(Page(kind: .briefing, id: briefing.id, path: SitePaths.briefing(briefing.id), dependencies: dependencies.sorted()))
        }
        return pages
    }
}

/// How many briefings of the same theme a briefing page lists before linking to the theme page.
public enum RelatedBriefings {
    public static let perTheme = 5
}
