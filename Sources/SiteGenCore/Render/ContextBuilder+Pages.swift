import SiteGenTemplates

/// The context of each kind of page.
extension ContextBuilder {
    func context(for page: Page, markdown: MarkdownRenderer) -> TemplateValue {
        switch page.kind {
        case .home: home(page)
        case .briefingList: briefingList(page)
        case .themeList: themeList(page)
        case .theme: theme(page, index.theme(page.id ?? "")!, markdown: markdown)
        case .briefing: briefing(page, index.briefings[index.position(ofBriefing: page.id ?? "")!], markdown: markdown)
        case .entity: entity(page, index.references.entity(page.id ?? "")!, markdown: markdown)
        case .xrefIndex: crossReferenceIndex(page)
        case .search: search(page)
        case .book: book(page)
        case .notFound: notFound(page)
        case .sourceList: sourceList(page)
        case .updates: updates(page)
        case .source: source(page, index.citations.source(page.id ?? "")!, markdown: markdown)
        }
    }

    /// How many of the latest briefings the home page shows.
    static let latestOnHome = 10

    private func home(_ page: Page) -> TemplateValue {
        self.page(
            page, title: index.config.title, description: index.config.description, breadcrumb: [],
            content: HomeContext(
                themes: index.themes.map { themeSummary($0) }, latest: index.briefings.prefix(Self.latestOnHome).map { card($0) },
                briefingCount: index.briefings.count,
                allBriefingsLabel: strings.count("all_count_briefings", index.briefings.count),
                moreBriefings: index.briefings.count > Self.latestOnHome, cardLevel: 3))
    }

    private func briefingList(_ page: Page) -> TemplateValue {
        let shown = PageLayout.items(ofPart: page.part, in: index.briefings.indices, perPage: index.config.paginate)
        let pager = self.pager(part: page.part, of: index.briefings.count, at: SitePaths.briefings)
        return self.page(
            page, title: strings.text("all_briefings") + (pager.map { ", \($0.label.lowercased())" } ?? ""),
            description: strings.text("all_briefings_description", ["site": index.config.title]),
            breadcrumb: [(strings.text("home"), SitePaths.home)],
            content: BriefingListContext(
                briefings: shown.map { card(at: $0) },
                countLabel: strings.text("newest_first", ["count": strings.count("briefings_count", index.briefings.count)]),
                cardLevel: 2, pager: pager))
    }

    private func themeList(_ page: Page) -> TemplateValue {
        self.page(
            page, title: strings.text("themes"), description: strings.text("themes_description", ["site": index.config.title]),
            breadcrumb: [(strings.text("home"), SitePaths.home)], content: ThemeListContext(themes: index.themes.map { themeSummary($0) }))
    }

    private func theme(_ page: Page, _ theme: Theme, markdown: MarkdownRenderer) -> TemplateValue {
        let members = index.briefingsByTheme[theme.id] ?? []
        let first = page.part == 1
        // The introduction and the entities are on the first page only.
        let detail = ThemeDetail(
            body: first ? markdown.html(of: theme.body, rewrites: index.rewrites(for: theme.path)) : TrustedHTML(""),
            entities: first ? .of(entities(ofKinds: theme.entityKinds, inBriefingsAt: members)) : nil,
            entitiesHeading: strings.heading(for: theme.entityKinds))
        let pager = self.pager(part: page.part, of: members.count, at: SitePaths.theme(theme.id))
        return self.page(
            page, title: theme.title + (pager.map { ", \($0.label.lowercased())" } ?? ""), description: theme.summary,
            breadcrumb: [(strings.text("home"), SitePaths.home), (strings.text("themes"), SitePaths.themes)],
            content: ThemePageContext(
                theme: Merged(themeSummary(theme), detail),
                briefings: PageLayout.items(ofPart: page.part, in: members, perPage: index.config.paginate).map {
                    card(at: $0)
                },
                cardLevel: 3, firstPage: first,
                pager: pager),
            feed: (SitePaths.feed(ofTheme: theme.id), of: theme.title))
    }

    /// The pager of page `part` of a list of `count` items that starts at `path`; nil when the
    /// list takes one page.
    private func pager(part: Int, of count: Int, at path: String) -> Pager? {
        let parts = PageLayout.partCount(count, perPage: index.config.paginate)
        guard parts > 1 else { return nil }
        func url(_ number: Int) -> String { href(SitePaths.part(number, of: path)) }
        return Pager(
            number: part, count: parts, label: strings.text("page_of", ["page": strings.number(part), "pages": strings.number(parts)]),
            first: part > 1 ? url(1) : nil,
            previous: part > 1 ? url(part - 1) : nil, next: part < parts ? url(part + 1) : nil, last: part < parts ? url(parts) : nil)
    }

    private func briefing(_ page: Page, _ briefing: Briefing, markdown: MarkdownRenderer) -> TemplateValue {
        let position = index.position(ofBriefing: briefing.id)!
        let updates = updateItems(briefing)
        let content = BriefingPageContext(
            briefing: card(briefing),
            authors: .of(bylines(of: briefing)),
            body: markdown.html(of: briefing.body, rewrites: index.rewrites(for: briefing.path)),
            cardLevel: 3,
            toc: MarkdownRenderer.tableOfContents(briefing.body.headings).flatMap(Items.of),
            claims: .of(claimCounts(briefing.body.claims)),
            corrections: .of(updates.filter(\.correction)),
            history: .of(updates),
            sources: .of(citedSources(of: briefing)),
            furtherReading: .of(briefing.sources.map { source($0, of: briefing) }),
            older: position + 1 < index.briefings.count ? card(at: position + 1) : nil,
            newer: position > 0 ? card(at: position - 1) : nil,
            entities: .of((index.references.briefingEntities[briefing.id] ?? []).compactMap { encodedEntityLink($0) }),
            related: .of((index.references.related[briefing.id] ?? []).compactMap { card(id: $0) }),
            backlinks: .of((index.backlinks[briefing.id] ?? []).compactMap { card(id: $0) }),
            moreOnThemes: .of(moreOnThemes(of: briefing, at: position)))
        let share = ShareContext(
            type: "article", published: briefing.date.iso, modified: briefing.lastChanged.iso,
            section: briefing.themes.first.flatMap { index.theme($0.value)?.title })
        return self.page(
            page, title: briefing.title, description: briefing.summary,
            breadcrumb: [(strings.text("home"), SitePaths.home), (strings.text("briefings"), SitePaths.briefings)], content: content,
            linkedData: .briefing(briefing, people: Self.people(of: briefing, in: index.config)),
            share: share)
    }

    func bylines(of briefing: Briefing) -> [Byline] {
        let people = Self.people(of: briefing, in: index.config)
        return people.enumerated().map { offset, person in
            Byline(name: person.name, role: person.role, url: person.url, last: offset == people.count - 1)
        }
    }

    /// The people a briefing's `authors:` names: those of site.yml by id, the others by name.
    static func people(of briefing: Briefing, in config: SiteConfig) -> [Person] {
        briefing.authors.map { author in
            config.authors.first { $0.id == author.value } ?? Person(id: "", name: author.value)
        }
    }

    func source(_ source: SourceReference, of briefing: Briefing) -> SourceItem {
        SourceItem(
            title: source.title, url: sourceURL(source.url, of: briefing), publisher: source.publisher, date: source.date.map { date($0) })
    }

    /// For each theme of the briefing, a few other briefings of that theme and a link to the rest.
    private func moreOnThemes(of briefing: Briefing, at position: Int) -> [ThemeGroup] {
        var seen: Set<String> = []
        return briefing.themes.compactMap { entry -> ThemeGroup? in
            guard seen.insert(entry.value).inserted, let theme = index.theme(entry.value) else { return nil }
            // Only the first few positions are read, so every page costs the same however big the theme.
            let members = index.briefingsByTheme[theme.id] ?? []
            let shown = members.prefix(RelatedBriefings.perTheme + 1).filter { $0 != position }
                .prefix(RelatedBriefings.perTheme)
            guard !shown.isEmpty else { return nil }
            let more =
                members.count - 1 > RelatedBriefings.perTheme
                ? MoreLink(url: href(SitePaths.theme(theme.id)), label: strings.text("all_briefings_on", ["theme": theme.title])) : nil
            return ThemeGroup(theme: themeLink(theme), briefings: shown.map { card(at: $0) }, more: more)
        }
    }

    /// A source's URL as a link: a relative one is taken from the briefing's page, and made to
    /// start at the site's root, so it leads to the same place from any page (the book too).
    func sourceURL(_ url: String, of briefing: Briefing) -> String {
        Self.sourceURL(url, of: briefing, links: links)
    }

    static func sourceURL(_ url: String, of briefing: Briefing, links: SiteLinks) -> String {
        guard case .relative(let path, let fragment) = LinkDestination(url) else { return url }
        let page = SitePaths.briefing(briefing.id) + "index.html"
        guard let resolved = LinkDestination.resolve(path, from: page) else { return url }
        let isFolder = resolved.isEmpty || path.hasSuffix("/")
        let folder = isFolder ? resolved + (resolved.isEmpty ? "" : "/") : resolved
        // A page is the language's; a file (in `static/`) is at the site's root.
        guard isFolder || resolved.hasSuffix("/index.html") else { return links.root + resolved + (fragment.map { "#" + $0 } ?? "") }
        return links.url(folder + (fragment.map { "#" + $0 } ?? ""))
    }

    /// The values that are the same on every page of a kind, under the keys pages have them:
    /// the site, the kind's navigation and the assets folder.
    func sitewideContext(for kind: PageKind) -> TemplateValue {
        .object(
            TemplateObject(["site": shared.site.templateValue, "nav": shared.nav[kind]!.templateValue, "assets": .string(shared.assets)]))
    }
}
