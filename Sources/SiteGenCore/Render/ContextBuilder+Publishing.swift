/// The contexts of the search page, the printable book and the not-found page.
extension ContextBuilder {
    func search(_ page: Page) -> [String: Any] {
        self.page(
            page, title: "Search", description: "Search the briefings of \(index.config.title).",
            breadcrumb: [("Home", SitePaths.home)],
            values: ["searchData": href(SitePaths.searchData), "searchScript": href(SitePaths.assets + "search.js")])
    }

    func notFound(_ page: Page) -> [String: Any] {
        self.page(page, title: "Page not found", description: "There is no page at this address.", breadcrumb: [], values: [:])
    }

    /// Every briefing on one page, grouped by theme in theme order: each briefing under the first
    /// of its themes, its headings below its title and its anchors made unique on the page.
    func book(_ page: Page) -> [String: Any] {
        let config = index.config
        // Links in print must work on paper and away from the site: absolute when possible.
        let base = config.hasAbsoluteBaseURL ? config.baseURL : config.basePath
        var placed: Set<String> = []
        let themes = index.themes.compactMap { theme -> [String: Any]? in
            let briefings = index.briefings(inTheme: theme.id).filter { placed.insert($0.id).inserted }
            guard !briefings.isEmpty else { return nil }
            return themeLink(theme).merging([
                "anchor": "theme-\(theme.id)",
                "briefings": briefings.map { briefing in
                    let markdown = MarkdownRenderer(
                        basePath: base, unsafeHTML: config.markdown.unsafeHTML, anchorPrefix: "\(briefing.id)--", headingShift: 2)
                    var values = card(briefing)
                    values["anchor"] = "briefing-\(briefing.id)"
                    values["absoluteURL"] = base + SitePaths.briefing(briefing.id)
                    values["body"] = markdown.html(of: briefing.body, rewrites: index.rewrites(for: briefing.path))
                    values["sources"] = Self.section(briefing.sources.map { ["title": $0.title, "url": sourceURL($0.url, of: briefing)] })
                    return values
                },
            ]) { $1 }
        }
        let latest = index.latestDate
        var values: [String: Any] = ["themes": themes, "briefingCount": index.briefings.count]
        if let latest { values["latestDate"] = date(latest) }
        return self.page(
            page, title: "Briefing book", description: "Every briefing of \(config.title) on one page, to print.",
            breadcrumb: [("Home", SitePaths.home)], values: values)
    }
}
