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

    /// The site's latest briefings.
    static func site(_ index: SiteIndex) -> BriefingFeed {
        BriefingFeed(
            title: index.config.title, subtitle: index.config.description, path: SitePaths.feed, page: SitePaths.home,
            briefings: Array(index.briefings.prefix(length)))
    }

    /// The latest briefings of each theme, then of each entity, for feeds beside their pages.
    static func themesAndEntities(_ index: SiteIndex) -> [BriefingFeed] {
        let title = index.config.title
        let themes = index.themes.map { theme in
            BriefingFeed(
                title: "\(theme.title) · \(title)", subtitle: theme.summary, path: SitePaths.feed(ofTheme: theme.id),
                page: SitePaths.theme(theme.id),
                briefings: (index.briefingsByTheme[theme.id] ?? []).prefix(length).map { index.briefings[$0] })
        }
        let entities = index.references.entities.map { entity in
            let ids = ContextBuilder.briefings(naming: index.references.mentions[entity.id] ?? [], keeping: length).first
            return BriefingFeed(
                title: "\(entity.name.value) · \(title)", subtitle: entity.summary, path: SitePaths.feed(ofEntity: entity.id),
                page: SitePaths.entity(entity.id), briefings: ids.compactMap(index.briefing))
        }
        return themes + entities
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
        self.markdown = MarkdownRenderer(links: SiteLinks(prefix: index.config.baseURL), unsafeHTML: index.config.markdown.unsafeHTML)
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

    /// JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
    func json(_ feed: BriefingFeed, path: String) -> OutputFile {
        var json = JSONWriter()
        json.beginObject()
        json.key("version")
        json.string("https://jsonfeed.org/version/1.1")
        json.key("title")
        json.string(feed.title)
        json.key("home_page_url")
        json.string(base + feed.page)
        json.key("feed_url")
        json.string(base + path)
        json.key("description")
        json.string(feed.subtitle)
        json.key("language")
        json.string(config.language)
        json.key("authors")
        json.beginArray()
        json.beginObject()
        json.key("name")
        json.string(config.author ?? config.title)
        json.endObject()
        json.endArray()
        json.key("items")
        json.beginArray()
        for briefing in feed.briefings {
            let url = base + SitePaths.briefing(briefing.id)
            json.beginObject()
            json.key("id")
            json.string(url)
            json.key("url")
            json.string(url)
            json.key("title")
            json.string(briefing.title)
            json.key("summary")
            json.string(briefing.summary)
            if let html = content(of: briefing) {
                json.key("content_html")
                json.string(html)
            } else {
                json.key("content_text")
                json.string(briefing.summary)
            }
            json.key("date_published")
            json.string(briefing.date.timestamp)
            json.key("date_modified")
            json.string(briefing.lastChanged.timestamp)
            let people = ContextBuilder.people(of: briefing, in: config)
            if !people.isEmpty {
                json.key("authors")
                json.beginArray()
                for person in people {
                    json.beginObject()
                    json.key("name")
                    json.string(person.name)
                    if let link = person.url {
                        json.key("url")
                        json.string(link)
                    }
                    json.endObject()
                }
                json.endArray()
            }
            json.key("tags")
            json.strings(briefing.themes.compactMap { index.theme($0.value)?.title })
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.finish()
        return OutputFile(path: path, bytes: json.bytes)
    }
}
