import Foundation

/// Builds the Mustache context of each page: the parts every page shares (site, navigation, page
/// metadata, breadcrumb) and the values shown for briefings and themes.
///
/// Contexts are plain dictionaries, so templates see only what is put here; every value is a
/// String, Bool, Int, array or dictionary. README lists the keys.
struct ContextBuilder {
    let index: SiteIndex
    let basePath: String
    /// Cards are shown on many pages (lists, themes, entities, neighbours): each is made once.
    private let cards = Memo()

    init(index: SiteIndex) {
        self.index = index
        self.basePath = index.config.basePath
    }

    func href(_ path: String) -> String { basePath + path }

    /// The context shared by every page, merged with the page's own values.
    func page(
        _ page: Page, title: String, description: String, breadcrumb: [(String, String)], values: [String: Any]
    ) -> [String: Any] {
        let config = index.config
        let isHome = page.kind == .home
        var context = values
        var site: [String: Any] = [
            "title": config.title, "description": config.description, "language": config.language,
            "baseURL": config.baseURL, "home": href(SitePaths.home), "book": href(SitePaths.book), "search": href(SitePaths.search),
        ]
        if config.hasAbsoluteBaseURL { site["feed"] = config.baseURL + SitePaths.feed }
        context["site"] = site
        context["nav"] = [
            "home": href(SitePaths.home), "isHome": isHome,
            "briefings": href(SitePaths.briefings), "isBriefings": page.kind == .briefingList, "inBriefings": page.kind == .briefing,
            "themesPage": href(SitePaths.themes), "isThemes": page.kind == .themeList,
            "index": href(SitePaths.xrefIndex), "isIndex": page.kind == .xrefIndex, "inIndex": page.kind == .entity,
            "search": href(SitePaths.search), "isSearch": page.kind == .search,
            "data": href(SitePaths.xrefData),
            "themes": index.themes.map { theme in
                ["title": theme.title, "url": href(SitePaths.theme(theme.id)), "current": page.kind == .theme && page.id == theme.id]
            },
        ]
        var meta: [String: Any] = [
            "title": title, "description": description, "url": href(page.path),
            "fullTitle": isHome ? config.title : "\(title) · \(config.title)",
        ]
        if config.hasAbsoluteBaseURL { meta["canonical"] = config.baseURL + page.path }
        context["page"] = meta
        context["breadcrumb"] = Self.section(breadcrumb.map { ["title": $0.0, "url": href($0.1)] })
        context["assets"] = href(SitePaths.assets)
        return context
    }

    /// A briefing as it appears in lists and cards.
    func card(_ briefing: Briefing) -> [String: Any] {
        cards.value(for: briefing.id) { makeCard(briefing) }
    }

    private func makeCard(_ briefing: Briefing) -> [String: Any] {
        var card: [String: Any] = [
            "id": briefing.id, "title": briefing.title, "summary": briefing.summary,
            "url": href(SitePaths.briefing(briefing.id)), "date": date(briefing.date),
            "themes": briefing.themes.compactMap { index.theme($0.value).map(themeLink) },
            "draft": briefing.draft,
        ]
        if let updated = briefing.updated, updated != briefing.date { card["updated"] = date(updated) }
        return card
    }

    func themeLink(_ theme: Theme) -> [String: Any] {
        ["id": theme.id, "title": theme.title, "url": href(SitePaths.theme(theme.id))]
    }

    /// A theme with its summary and how many briefings it has.
    func themeSummary(_ theme: Theme) -> [String: Any] {
        let count = index.briefingsByTheme[theme.id]?.count ?? 0
        return themeLink(theme).merging(["summary": theme.summary, "count": count, "countLabel": Self.count(count, "briefing")]) { $1 }
    }

    func date(_ date: ContentDate) -> [String: Any] {
        ["iso": date.iso, "long": date.long]
    }

    /// `["items": items]`, or nil when there are none: templates test the section once
    /// (`{{#sources}}<h2>…</h2>{{#items}}…{{/items}}{{/sources}}`) and loop inside.
    static func section(_ items: [[String: Any]]) -> [String: Any]? {
        items.isEmpty ? nil : ["items": items]
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

/// Values made once and shared by the threads that render pages.
private final class Memo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: [String: Any]] = [:]

    func value(for key: String, make: () -> [String: Any]) -> [String: Any] {
        if let value = lock.withLock({ values[key] }) { return value }
        let value = make()
        lock.withLock { values[key] = value }
        return value
    }
}
