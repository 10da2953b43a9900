/// The files that make a site findable: `sitemap.xml`, the Atom feed `feed.xml` and
/// `robots.txt`. They need absolute URLs, so a site whose base URL is only a path gets none of
/// them (the index stage warns). Crawlers read `robots.txt` only at a host's root, so a site
/// published under a sub-path gets none: the sitemap's address belongs in the host's own.
enum SiteFeeds {
    /// How many briefings the feed carries.
    static let feedLength = 20

    static func files(_ index: SiteIndex, fallbackDate: ContentDate?) -> [DataFile] {
        guard index.config.hasAbsoluteBaseURL else { return [] }
        let base = index.config.baseURL
        return [
            DataFile(SitePaths.sitemap) { sitemap(index, base: base, fallbackDate: fallbackDate) },
            DataFile(SitePaths.feed) { feed(index, base: base, fallbackDate: fallbackDate) },
            DataFile(SitePaths.updatesFeed) { updatesFeed(index, base: base, fallbackDate: fallbackDate) },
        ] + (index.config.basePath == "/" ? [DataFile(SitePaths.robots) { robots(base: base) }] : [])
    }

    /// Every page but the not-found page, with its date: a briefing's `updated` or `date`, and for
    /// every other page the latest date of what it shows.
    static func sitemap(_ index: SiteIndex, base: String, fallbackDate: ContentDate?) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let modified = lastModified(index)
        for page in index.pages where page.kind != .notFound {
            xml += "  <url><loc>\(XMLText.escape(base + page.path))</loc>"
            if let date = page.dependencies.compactMap({ modified[$0.path] }).max() ?? fallbackDate {
                xml += "<lastmod>\(date.iso)</lastmod>"
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: SitePaths.sitemap, text: xml)
    }

    /// When each briefing last changed, by the path of its file: a page's date is the latest of
    /// those it depends on (the book depends on every briefing, so each is looked up once here).
    static func lastModified(_ index: SiteIndex) -> [String: ContentDate] {
        Dictionary(index.briefings.map { ($0.path, $0.lastChanged) }, uniquingKeysWith: max)
    }

    /// An Atom 1.0 feed of the latest briefings, with their summaries and themes.
    static func feed(_ index: SiteIndex, base: String, fallbackDate: ContentDate?) -> OutputFile {
        let config = index.config
        let updated = (index.latestDate ?? fallbackDate ?? ContentDate(year: 1970, month: 1, day: 1)!).timestamp
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(config.language))">
              <title>\(XMLText.escape(config.title))</title>
              <subtitle>\(XMLText.escape(config.description))</subtitle>
              <id>\(XMLText.escape(base))</id>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(base))"/>
              <link rel="self" type="application/atom+xml" href="\(XMLText.escape(base + SitePaths.feed))"/>
              <updated>\(updated)</updated>
              <author><name>\(XMLText.escape(config.author ?? config.title))</name></author>
              <generator>sitegen</generator>

            """
        for briefing in index.briefings.prefix(feedLength) {
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
        return OutputFile(path: SitePaths.feed, text: xml)
    }

    /// An Atom feed of the latest updates, corrections and clarifications: each an entry of its
    /// own, titled by its kind and its briefing, so that a correction reaches those who read the
    /// first version.
    static func updatesFeed(_ index: SiteIndex, base: String, fallbackDate: ContentDate?) -> OutputFile {
        let config = index.config
        let updates = ContextBuilder.allUpdates(index)
        let latest = updates.first?.update.date ?? index.latestDate ?? fallbackDate ?? ContentDate(year: 1970, month: 1, day: 1)!
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(config.language))">
              <title>\(XMLText.escape(config.title)): updates and corrections</title>
              <id>\(XMLText.escape(base + SitePaths.updates))</id>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(base + SitePaths.updates))"/>
              <link rel="self" type="application/atom+xml" href="\(XMLText.escape(base + SitePaths.updatesFeed))"/>
              <updated>\(latest.timestamp)</updated>
              <author><name>\(XMLText.escape(config.author ?? config.title))</name></author>
              <generator>sitegen</generator>

            """
        for (briefing, update) in updates.prefix(feedLength) {
            let url = base + SitePaths.briefing(briefing.id) + "#history"
            xml += """
                  <entry>
                    <title>\(XMLText.escape(update.kind.label)): \(XMLText.escape(briefing.title))</title>
                    <link rel="alternate" type="text/html" href="\(XMLText.escape(url))"/>
                    <id>\(XMLText.escape(url + "-" + update.date.timestamp + "-" + update.kind.rawValue))</id>
                    <updated>\(update.date.timestamp)</updated>
                    <category term="\(update.kind.rawValue)" label="\(update.kind.label)"/>
                    <summary>\(XMLText.escape(update.note))</summary>
                  </entry>

                """
        }
        xml += "</feed>\n"
        return OutputFile(path: SitePaths.updatesFeed, text: xml)
    }

    static func robots(base: String) -> OutputFile {
        OutputFile(path: SitePaths.robots, text: "User-agent: *\nAllow: /\n\nSitemap: \(base)\(SitePaths.sitemap)\n")
    }
}
