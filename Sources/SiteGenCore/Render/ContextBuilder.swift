import Foundation
import SiteGenTemplates

/// Builds the typed context of each page: the parts every page shares (site, navigation, page
/// metadata, breadcrumb) and the values shown for briefings and themes. The types under
/// `Context/` are the whole list of keys templates can use (README's table comes from them).
struct ContextBuilder: Sendable {
    let index: SiteIndex
    /// How this builder's pages write the site's URLs: one builder per way (see `SiteLinks`).
    let links: SiteLinks
    /// In `sitegen serve` only: the live-reload script every page gets.
    let liveReload: TrustedHTML?
    /// Cards are shown on many pages (lists, themes, entities, neighbours): each is made once.
    private let cards: CardMemo
    /// The parts of contexts that do not change from page to page.
    let shared: SharedParts
    let structuredData: StructuredData

    init(index: SiteIndex, links: SiteLinks? = nil, liveReload: TrustedHTML? = nil) {
        self.index = index
        self.links = links ?? SiteLinks.host(index.config)
        self.liveReload = liveReload
        self.cards = CardMemo(count: index.briefings.count)
        self.shared = SharedParts(index: index, links: self.links)
        self.structuredData = StructuredData(index: index)
    }

    func href(_ path: String) -> String { links.url(path) }

    /// The context shared by every page, with the page's own content.
    /// `linkedData` is the page's own node of structured data (a `WebPage` by default), `share`
    /// how a link to it is shown (a website when nil), `feed` the path of its own feed and the
    /// name it is the feed of.
    func page<Content: TemplateObjectConvertible & Sendable>(
        _ page: Page, title: String, description: String, breadcrumb: [(String, String)], content: Content,
        linkedData: StructuredData.MainNode = .webPage, share: ShareContext? = nil, feed: (path: String, of: String)? = nil
    ) -> TemplateValue {
        let config = index.config
        let script = structuredData.script(for: page, title: title, description: description, breadcrumb: breadcrumb, main: linkedData)
        let meta = PageMeta(
            title: title, fullTitle: page.kind == .home ? config.title : "\(title) · \(config.title)", description: description,
            url: href(page.path), canonical: config.hasAbsoluteBaseURL ? config.baseURL + page.path : nil,
            feed: config.hasAbsoluteBaseURL ? feed.map { config.baseURL + $0.path } : nil,
            feedTitle: config.hasAbsoluteBaseURL ? feed.map { BriefingFeed.title(of: $0.of, in: config) } : nil,
            share: share ?? ShareContext(type: "website"),
            structuredData: script)
        let nav = page.kind == .theme ? (shared.themeNav[page.id ?? ""] ?? shared.nav[.theme]!) : shared.nav[page.kind]!
        let common = CommonContext(
            site: shared.site, nav: nav, strings: shared.strings, page: meta,
            breadcrumb: .of(breadcrumb.map { LinkItem(title: $0.0, url: href($0.1)) }),
            assets: shared.assets, languages: languages(of: page), fallback: fallback(of: page), liveReload: liveReload)
        return PageContext(common, content).templateValue
    }

    /// The page in each language of the site; nil on a site in one language.
    func languages(of page: Page) -> Items<LanguageItem>? {
        let config = index.config
        guard page.kind != .notFound else { return nil }
        return .of(
            config.languageLinks.map { language in
                let url = links.inLanguage(root: language.root).url(page.path)
                return LanguageItem(
                    code: language.code, name: language.name, url: url,
                    alternate: config.hasAbsoluteBaseURL ? config.rootURL + language.root + page.path : url,
                    current: language.code == config.language)
            })
    }

    /// The notice of a page whose text is the site's own language's, for want of a translation.
    func fallback(of page: Page) -> FallbackContext? {
        guard let id = page.id, let kind = page.kind.contentKind, let language = index.otherLanguage(ofTextAt: ContentPath.of(kind, id: id))
        else { return nil }
        return FallbackContext(
            language: language, notice: strings.text("fallback_notice", ["language": Self.languageName(language, in: strings.language)]))
    }

    /// A briefing as it appears in lists and cards, made once.
    func card(_ briefing: Briefing) -> Card {
        index.position(ofBriefing: briefing.id).map { card(at: $0) } ?? Card(cardContext(briefing))
    }

    /// The card of the briefing at this position of `index.briefings`, made the first time.
    func card(at position: Int) -> Card { cardEntry(at: position).card }

    /// The card of the briefing at this position, with its URL.
    func cardEntry(at position: Int) -> CardMemo.Entry {
        cards.value(at: position) {
            let briefing = index.briefings[position]
            let context = cardContext(briefing)
            return CardMemo.Entry(
                card: Card(context), url: context.url, sections: briefing.body.headings.map { ($0.anchor, context.url + "#" + $0.anchor) })
        }
    }

    /// The card of the briefing with this id, if there is one.
    func card(id: String) -> Card? {
        index.position(ofBriefing: id).map { card(at: $0) }
    }

    func cardContext(_ briefing: Briefing) -> CardContext {
        CardContext(
            id: briefing.id, title: briefing.title, summary: briefing.summary, url: href(SitePaths.briefing(briefing.id)),
            date: date(briefing.date), updated: briefing.lastChanged == briefing.date ? nil : date(briefing.lastChanged),
            themes: briefing.themes.compactMap { index.theme($0.value).map { themeLink($0) } }, draft: briefing.draft,
            lang: index.otherLanguage(ofTextAt: briefing.path))
    }

    /// The theme's link, made once per build for the site's themes.
    func themeLink(_ theme: Theme) -> ThemeLink {
        shared.themeLinks[theme.id] ?? Self.themeLink(theme, links: links)
    }

    static func themeLink(_ theme: Theme, links: SiteLinks) -> ThemeLink {
        ThemeLink(id: theme.id, title: theme.title, url: links.url(SitePaths.theme(theme.id)))
    }

    /// A theme with its summary and how many briefings it has.
    func themeSummary(_ theme: Theme) -> ThemeSummary {
        let count = index.briefingsByTheme[theme.id]?.count ?? 0
        return ThemeSummary(
            themeLink(theme), ThemeCounts(summary: theme.summary, count: count, countLabel: strings.count("briefings_count", count)))
    }

    func date(_ date: ContentDate) -> DateContext {
        DateContext(iso: date.iso, long: index.config.timeZone.local(date).long(in: strings))
    }

    /// The words of the interface, in the site's language.
    var strings: InterfaceStrings { index.config.strings }
}

/// The site, the navigation of each kind of page (and of each theme's page) and the link of
/// each entity, made once per build.
struct SharedParts: Sendable {
    let site: Encoded<SiteContext>
    let nav: [PageKind: Encoded<NavContext>]
    let themeNav: [String: Encoded<NavContext>]
    let assets: String
    let strings: InterfaceTexts
    let entityLinks: [String: EntityLink]
    let encodedEntityLinks: [String: EntityItem]
    let themeLinks: [String: ThemeLink]

    init(index: SiteIndex, links: SiteLinks) {
        let config = index.config
        let href = links.url
        site = Encoded(
            SiteContext(
                title: config.title, description: config.description, language: config.language, baseURL: config.baseURL,
                home: href(SitePaths.home), book: href(SitePaths.book), search: href(SitePaths.search),
                updates: href(SitePaths.updates),
                feed: config.hasAbsoluteBaseURL ? config.baseURL + SitePaths.feed : nil,
                jsonFeed: config.hasAbsoluteBaseURL ? config.baseURL + SitePaths.jsonFeed : nil,
                updatesFeed: config.hasAbsoluteBaseURL ? config.baseURL + SitePaths.updatesFeed : nil,
                updatesFeedTitle: config.strings.text("updates_feed_title", ["site": config.title])))
        func nav(_ kind: PageKind, theme current: String?) -> Encoded<NavContext> {
            Encoded(
                NavContext(
                    home: href(SitePaths.home), isHome: kind == .home,
                    briefings: href(SitePaths.briefings), isBriefings: kind == .briefingList, inBriefings: kind == .briefing,
                    themesPage: href(SitePaths.themes), isThemes: kind == .themeList,
                    index: href(SitePaths.xrefIndex), isIndex: kind == .xrefIndex, inIndex: kind == .entity,
                    search: href(SitePaths.search), isSearch: kind == .search,
                    sources: index.citations.sources.isEmpty ? nil : href(SitePaths.sources), isSources: kind == .sourceList,
                    inSources: kind == .source, data: href(SitePaths.xrefData),
                    themes: index.themes.map { theme in
                        NavTheme(title: theme.title, url: href(SitePaths.theme(theme.id)), current: theme.id == current)
                    }))
        }
        self.nav = Dictionary(uniqueKeysWithValues: PageKind.allCases.map { ($0, nav($0, theme: nil)) })
        themeNav = Dictionary(index.themes.map { ($0.id, nav(.theme, theme: $0.id)) }) { first, _ in first }
        assets = links.root + SitePaths.assets
        strings = InterfaceTexts(config.strings)
        let made = index.references.entities.map { entity in
            EntityLink(
                id: entity.id, name: entity.name.value, url: href(SitePaths.entity(entity.id)), kind: config.strings.label(entity.kind),
                summary: entity.summary)
        }
        entityLinks = Dictionary(made.map { ($0.id, $0) }) { first, _ in first }
        encodedEntityLinks = entityLinks.mapValues(Encoded.init)
        themeLinks = Dictionary(index.themes.map { ($0.id, ContextBuilder.themeLink($0, links: links)) }) { first, _ in first }
    }
}
