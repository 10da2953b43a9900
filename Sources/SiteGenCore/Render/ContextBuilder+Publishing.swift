import SiteGenTemplates

/// The contexts of the search page, the printable book and the not-found page.
extension ContextBuilder {
    func search(_ page: Page) -> TemplateValue {
        self.page(
            page, title: strings.text("search"), description: strings.text("search_description", ["site": index.config.title]),
            breadcrumb: [(strings.text("home"), SitePaths.home)],
            content: SearchContext(
                searchData: href(SitePaths.searchData), searchScript: shared.assets + "search.js",
                matchForms: PluralCategory.allCases.compactMap { category in
                    strings.counted["search_matches"]?[category].map { PluralForm(category: category.rawValue, text: $0) }
                }))
    }

    func notFound(_ page: Page) -> TemplateValue {
        self.page(
            page, title: strings.text("not_found"), description: strings.text("not_found_description"), breadcrumb: [],
            content: NotFoundContext())
    }

    /// How the book writes links: in print they must work on paper and away from the site, so
    /// after the whole base URL when it is one; else as its page does.
    static func bookLinks(_ config: SiteConfig, page: SiteLinks) -> SiteLinks {
        config.hasAbsoluteBaseURL ? SiteLinks.absolute(config) : page
    }

    /// The anchor of a briefing's section of the book.
    static func bookAnchor(_ briefing: Briefing) -> String { "briefing-\(briefing.id)" }

    /// What the book puts before a briefing's anchors, so that they are unique on its one page.
    static func bookAnchorPrefix(_ briefing: Briefing) -> String {
        "\(briefing.id)--"
    }

    /// Every briefing on one page, grouped by theme in theme order: each briefing printed once,
    /// under the first of its own themes, with its headings below its title and its anchors made
    /// unique on the page; each other theme it has lists it with a link there.
    func book(_ page: Page) -> TemplateValue {
        let config = index.config
        let base = Self.bookLinks(config, page: links)
        let themeTitles = Dictionary(index.themes.map { ($0.id, $0.title) }) { first, _ in first }
        // The theme each briefing is printed under: the first of its themes that the site has.
        let home = index.briefings.map { briefing in briefing.themes.first { themeTitles[$0.value] != nil }?.value }
        let themes = index.themes.compactMap { theme -> Merged<ThemeLink, BookTheme>? in
            let all = index.briefingsByTheme[theme.id] ?? []
            guard !all.isEmpty else { return nil }
            let positions = all.filter { home[$0] == theme.id }
            let elsewhere = all.filter { home[$0] != theme.id }.map { position in
                let briefing = index.briefings[position]
                return BookCrossReference(
                    title: briefing.title, anchor: Self.bookAnchor(briefing), theme: home[position].flatMap { themeTitles[$0] } ?? "")
            }
            return Merged(
                themeLink(theme),
                BookTheme(
                    anchor: "theme-\(theme.id)",
                    contents: .of(
                        positions.map { BookEntry(title: index.briefings[$0].title, anchor: Self.bookAnchor(index.briefings[$0])) }),
                    // Made one by one as the book renders: the page never holds every body at once.
                    briefings: LazyItems(count: positions.count) { item in
                        // Read where it is stored, without a copy's retain and release.
                        index.briefings.withUnsafeBufferPointer { bookBriefing($0[positions[item]], at: positions[item], links: base) }
                    },
                    alsoIn: .of(elsewhere)))
        }
        return self.page(
            page, title: strings.text("briefing_book"), description: strings.text("book_description", ["site": config.title]),
            breadcrumb: [(strings.text("home"), SitePaths.home)],
            content: BookContext(
                themes: themes, briefingCount: index.briefings.count,
                countLabel: strings.count("briefings_count", index.briefings.count),
                claims: .of(claimCounts(index.briefings.flatMap(\.body.claims))),
                latestDate: index.latestDate.map { date($0) }))
    }

    /// A briefing as the book prints it: its card, its body with its anchors made unique on the
    /// page, and its sources, with links through `links`.
    private func bookBriefing(_ briefing: Briefing, at position: Int, links: SiteLinks) -> Merged<Card, BookBriefing> {
        let markdown = MarkdownRenderer(
            links: links, unsafeHTML: index.config.markdown.unsafeHTML, anchorPrefix: Self.bookAnchorPrefix(briefing), headingShift: 2,
            strings: strings)
        let extra = BookBriefing(
            anchor: Self.bookAnchor(briefing), absoluteURL: links.url(SitePaths.briefing(briefing.id)),
            body: markdown.html(of: briefing.body, rewrites: index.rewrites(for: briefing.path)),
            sources: .of(citedSources(of: briefing, anchorPrefix: Self.bookAnchorPrefix(briefing), links: links)),
            furtherReading: .of(briefing.sources.map { LinkItem(title: $0.title, url: sourceURL($0.url, of: briefing)) }))
        return Merged(card(at: position), extra)
    }
}
