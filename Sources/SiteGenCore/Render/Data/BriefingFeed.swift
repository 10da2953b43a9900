/// A feed of briefings, newest first: the site's latest, or those of one theme or one entity.
/// Written as Atom 1.0 (`feed.xml`), and the site's also as JSON Feed 1.1 (`feed.json`); each
/// entry carries its summary, or its whole text with `feed_content: full`.
struct BriefingFeed: Sendable {
    var title: String
    var subtitle: String
    /// The feed file's path, and that of the page it follows.
    var path: String
    var page: String
    var briefings: [Briefing]

    /// How many briefings a feed carries.
    static let length = 20

    /// The title of a theme's or an entity's feed, which its page's link to it shows too.
    static func title(of name: String, in config: SiteConfig) -> String {
        "\(name) · \(config.title)"
    }

    /// The site's latest briefings.
    static func site(_ index: SiteIndex) -> BriefingFeed {
        BriefingFeed(
            title: index.config.title, subtitle: index.config.description, path: SitePaths.feed, page: SitePaths.home,
            briefings: Array(index.briefings.prefix(length)))
    }

    /// The latest briefings of a theme, for the feed beside its page.
    static func theme(_ theme: Theme, in index: SiteIndex) -> BriefingFeed {
        BriefingFeed(
            title: title(of: theme.title, in: index.config), subtitle: theme.summary, path: SitePaths.feed(ofTheme: theme.id),
            page: SitePaths.theme(theme.id),
            briefings: (index.briefingsByTheme[theme.id] ?? []).prefix(length).map { index.briefings[$0] })
    }

    /// The latest briefings naming an entity, for the feed beside its page.
    static func entity(_ entity: Entity, in index: SiteIndex) -> BriefingFeed {
        let ids = ContextBuilder.briefings(naming: index.references.mentions[entity.id] ?? [], keeping: length).first
        return BriefingFeed(
            title: title(of: entity.name.value, in: index.config), subtitle: entity.summary, path: SitePaths.feed(ofEntity: entity.id),
            page: SitePaths.entity(entity.id), briefings: ids.compactMap(index.briefing))
    }
}

/// Writes feeds of a site with an absolute base URL.
struct FeedWriter: Sendable {
    let index: SiteIndex
    let base: String
    let fallbackDate: ContentDate?
    let markdown: MarkdownRenderer

    init(_ index: SiteIndex, fallbackDate: ContentDate?) {
        self.index = index
        self.base = index.config.baseURL
        self.fallbackDate = fallbackDate
        // Full URLs: a feed reader shows the text away from the site.
        self.markdown = MarkdownRenderer(
            links: SiteLinks.absolute(index.config), unsafeHTML: index.config.markdown.unsafeHTML, strings: index.config.strings)
    }

    private var config: SiteConfig { index.config }

    /// When the feed last changed: its newest change, else the site's, else the build's date.
    func updated(_ feed: BriefingFeed) -> ContentDate {
        feed.briefings.map(\.lastChanged).max() ?? index.latestDate ?? fallbackDate ?? ContentDate(year: 1970, month: 1, day: 1)!
    }

    /// The briefing's text as HTML, when the site's feeds carry it whole.
    func content(of briefing: Briefing) -> String? {
        guard config.feedContent == .full else { return nil }
        return markdown.html(of: briefing.body, rewrites: index.rewrites(for: briefing.path)).html
    }

    func atom(_ feed: BriefingFeed) -> OutputFile {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(config.language))">
              <title>\(XMLText.escape(feed.title))</title>
              <subtitle>\(XMLText.escape(feed.subtitle))</subtitle>
              <id>\(XMLText.escape(base + feed.page))</id>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(base + feed.page))"/>
              <link rel="self" type="application/atom+xml" href="\(XMLText.escape(base + feed.path))"/>
              <updated>\(updated(feed).timestamp)</updated>
              <author><name>\(XMLText.escape(config.author ?? config.title))</name></author>
              <generator>sitegen</generator>

            """
        for briefing in feed.briefings {
            let url = XMLText.escape(base + SitePaths.briefing(briefing.id))
            xml += """
                  <entry>
                    <title>\(XMLText.escape(briefing.title))</title>
                    <link rel="alternate" type="text/html" href="\(url)"/>
                    <id>\(url)</id>
                    <published>\(briefing.date.timestamp)</published>
                    <updated>\(briefing.lastChanged.timestamp)</updated>
                    <summary>\(XMLText.escape(briefing.summary))</summary>

                """
            // xml:base: the text's own links (#cite_1_1, /briefings/…) are read from its page.
            if let html = content(of: briefing) {
                xml += "    <content type=\"html\" xml:base=\"\(url)\">\(XMLText.escape(html))</content>\n"
            }
            for person in ContextBuilder.people(of: briefing, in: config) {
                xml +=
                    "    <author><name>\(XMLText.escape(person.name))</name>\(person.url.map { "<uri>\(XMLText.escape($0))</uri>" } ?? "")</author>\n"
            }
            for theme in briefing.themes.compactMap({ index.theme($0.value) }) {
                xml += "    <category term=\"\(XMLText.escape(theme.id))\" label=\"\(XMLText.escape(theme.title))\"/>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: feed.path, text: xml)
    }

    /// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), as an ordered JSON value.
    func json(_ feed: BriefingFeed, path: String) -> OutputFile {
        let document = LinkedData.node([
            ("version", .text("https://jsonfeed.org/version/1.1")), ("title", .text(feed.title)),
            ("home_page_url", .text(base + feed.page)), ("feed_url", .text(base + path)), ("description", .text(feed.subtitle)),
            ("language", .text(config.language)), ("authors", .list([.node([("name", .text(config.author ?? config.title))])])),
            ("items", .list(feed.briefings.map { item($0) })),
        ])
        return OutputFile(path: path, bytes: document.json + [0x0A])
    }

    private func item(_ briefing: Briefing) -> LinkedData {
        let url = base + SitePaths.briefing(briefing.id)
        let html = content(of: briefing)
        return .node([
            ("id", .text(url)), ("url", .text(url)), ("title", .text(briefing.title)), ("summary", .text(briefing.summary)),
            ("content_html", .text(html)), ("content_text", html == nil ? .text(briefing.summary) : nil),
            ("date_published", .text(briefing.date.timestamp)), ("date_modified", .text(briefing.lastChanged.timestamp)),
            (
                "authors",
                .list(ContextBuilder.people(of: briefing, in: config).map { .node([("name", .text($0.name)), ("url", .text($0.url))]) })
            ),
            ("tags", .list(briefing.themes.compactMap { index.theme($0.value).map { .text($0.title) } })),
        ])
    }
}
