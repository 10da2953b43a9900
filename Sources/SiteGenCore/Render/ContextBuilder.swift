import Foundation
import SiteGenTemplates

/// Builds the typed context of each page: the parts every page shares (site, navigation, page
/// metadata, breadcrumb) and the values shown for briefings and themes. The types under
/// `Context/` are the whole list of keys templates can use (README's table comes from them).
struct ContextBuilder: Sendable {
    let index: SiteIndex
    let basePath: String
    /// In `sitegen serve` only: the live-reload script every page gets.
    let liveReload: TrustedHTML?
    /// Cards are shown on many pages (lists, themes, entities, neighbours): each is made once.
    private let cards = CardMemo()

    init(index: SiteIndex, liveReload: TrustedHTML? = nil) {
        self.index = index
        self.basePath = index.config.basePath
        self.liveReload = liveReload
    }

    func href(_ path: String) -> String { basePath + path }

    /// The context shared by every page, with the page's own content.
    func page<Content: Codable & Sendable>(
        _ page: Page, title: String, description: String, breadcrumb: [(String, String)], content: Content
    ) -> TemplateValue {
        let config = index.config
        let isHome = page.kind == .home
        let site = SiteContext(
            title: config.title, description: config.description, language: config.language, baseURL: config.baseURL,
            home: href(SitePaths.home), book: href(SitePaths.book), search: href(SitePaths.search),
            feed: config.hasAbsoluteBaseURL ? config.baseURL + SitePaths.feed : nil)
        let nav = NavContext(
            home: href(SitePaths.home), isHome: isHome,
            briefings: href(SitePaths.briefings), isBriefings: page.kind == .briefingList, inBriefings: page.kind == .briefing,
            themesPage: href(SitePaths.themes), isThemes: page.kind == .themeList,
            index: href(SitePaths.xrefIndex), isIndex: page.kind == .xrefIndex, inIndex: page.kind == .entity,
            search: href(SitePaths.search), isSearch: page.kind == .search, data: href(SitePaths.xrefData),
            themes: index.themes.map { theme in
                NavTheme(title: theme.title, url: href(SitePaths.theme(theme.id)), current: page.kind == .theme && page.id == theme.id)
            })
        let meta = PageMeta(
            title: title, fullTitle: isHome ? config.title : "\(title) · \(config.title)", description: description,
            url: href(page.path), canonical: config.hasAbsoluteBaseURL ? config.baseURL + page.path : nil)
        let common = CommonContext(
            site: site, nav: nav, page: meta, breadcrumb: .of(breadcrumb.map { LinkItem(title: $0.0, url: href($0.1)) }),
            assets: href(SitePaths.assets), liveReload: liveReload)
        return TemplateEncoder.encode(PageContext(common: common, content: content))
    }

    /// A briefing as it appears in lists and cards, made once.
    func card(_ briefing: Briefing) -> Card {
        cards.value(for: briefing.id) { Card(cardContext(briefing)) }
    }

    func cardContext(_ briefing: Briefing) -> CardContext {
        CardContext(
            id: briefing.id, title: briefing.title, summary: briefing.summary, url: href(SitePaths.briefing(briefing.id)),
            date: date(briefing.date), updated: briefing.updated.flatMap { $0 == briefing.date ? nil : date($0) },
            themes: briefing.themes.compactMap { index.theme($0.value).map(themeLink) }, draft: briefing.draft)
    }

    func themeLink(_ theme: Theme) -> ThemeLink {
        ThemeLink(id: theme.id, title: theme.title, url: href(SitePaths.theme(theme.id)))
    }

    /// A theme with its summary and how many briefings it has.
    func themeSummary(_ theme: Theme) -> ThemeSummary {
        let count = index.briefingsByTheme[theme.id]?.count ?? 0
        return ThemeSummary(themeLink(theme), ThemeCounts(summary: theme.summary, count: count, countLabel: Self.count(count, "briefing")))
    }

    func date(_ date: ContentDate) -> DateContext {
        DateContext(iso: date.iso, long: date.long)
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

/// Cards made once and shared by the threads that render pages.
private final class CardMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Card] = [:]

    func value(for key: String, make: () -> Card) -> Card {
        if let value = lock.withLock({ values[key] }) { return value }
        let value = make()
        lock.withLock { values[key] = value }
        return value
    }
}
