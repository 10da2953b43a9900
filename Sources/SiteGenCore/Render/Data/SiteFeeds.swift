/// The files that make a site findable: `sitemap.xml`, the feeds (`feed.xml` and `feed.json`,
/// the updates' feed, and an Atom feed beside each theme's and entity's page) and
/// `robots.txt`. They need absolute URLs, so a site whose base URL is only a path gets none of
/// them (the index stage warns). Crawlers read `robots.txt` only at a host's root, so a site
/// published under a sub-path gets none: the sitemap's address belongs in the host's own.
enum SiteFeeds {
    /// Each file's contents are made when it is written: its path alone is known before (the
    /// build lists every output path ahead).
    static func files(_ index: SiteIndex, fallbackDate: ContentDate?) -> [DataFile] {
        guard index.config.hasAbsoluteBaseURL else { return [] }
        let base = index.config.baseURL
        let writer = FeedWriter(index, fallbackDate: fallbackDate)
        return [
            DataFile(SitePaths.sitemap) { sitemap(index, base: base, fallbackDate: fallbackDate) },
            DataFile(SitePaths.feed) { writer.atom(.site(index)) },
            DataFile(SitePaths.jsonFeed) { writer.json(.site(index), path: SitePaths.jsonFeed) },
            DataFile(SitePaths.updatesFeed) { updatesFeed(index, base: base, fallbackDate: fallbackDate) },
        ]
            + (index.config.basePath == "/"
                ? [
                    DataFile(SitePaths.robots) {
                        robots(base: base, languages: index.config.languageLinks.map(\.root).filter { !$0.isEmpty })
                    }
                ]
                : [])
            + index.themes.map { theme in DataFile(SitePaths.feed(ofTheme: theme.id)) { writer.atom(.theme(theme, in: index)) } }
            + index.references.entities.map { entity in
                DataFile(SitePaths.feed(ofEntity: entity.id)) { writer.atom(.entity(entity, in: index)) }
            }
    }

    /// Every page but the not-found page, with its date: a briefing's `updated` or `date`, and for
    /// every other page the latest date of what it shows; on a site in several languages, with the
    /// same page in each (`xhtml:link`), as search engines read alternates.
    static func sitemap(_ index: SiteIndex, base: String, fallbackDate: ContentDate?) -> OutputFile {
        let languages = index.config.languageLinks, root = index.config.rootURL
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        xml += languages.isEmpty ? ">\n" : " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        let modified = lastModified(index)
        for page in index.pages where page.kind != .notFound {
            xml += "  <url><loc>\(XMLText.escape(base + page.path))</loc>"
            if let date = page.dependencies.compactMap({ modified[$0.path] }).max() ?? fallbackDate {
                xml += "<lastmod>\(date.iso)</lastmod>"
            }
            for language in languages {
                xml +=
                    "<xhtml:link rel=\"alternate\" hreflang=\"\(XMLText.escape(language.code))\" href=\"\(XMLText.escape(root + language.root + page.path))\"/>"
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
              <title>\(XMLText.escape(config.strings.text("updates_feed_title", ["site": config.title])))</title>
              <id>\(XMLText.escape(base + SitePaths.updates))</id>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(base + SitePaths.updates))"/>
              <link rel="self" type="application/atom+xml" href="\(XMLText.escape(base + SitePaths.updatesFeed))"/>
              <updated>\(latest.timestamp)</updated>
              <author><name>\(XMLText.escape(config.author ?? config.title))</name></author>
              <generator>sitegen</generator>

            """
        for (position, update) in updates.prefix(BriefingFeed.length) {
            let briefing = index.briefings[position]
            let url = base + SitePaths.briefing(briefing.id) + "#history"
            xml += """
                  <entry>
                    <title>\(XMLText.escape(config.strings.label(update.kind) + config.strings.text("colon") + briefing.title))</title>
                    <link rel="alternate" type="text/html" href="\(XMLText.escape(url))"/>
                    <id>\(XMLText.escape(url + "-" + update.date.timestamp + "-" + update.kind.rawValue))</id>
                    <updated>\(update.date.timestamp)</updated>
                    <category term="\(update.kind.rawValue)" label="\(XMLText.escape(config.strings.label(update.kind)))"/>
                    <summary>\(XMLText.escape(update.note))</summary>
                  </entry>

                """
        }
        xml += "</feed>\n"
        return OutputFile(path: SitePaths.updatesFeed, text: xml)
    }

    /// Names the sitemap of the site's own language, and of each other's folder (`fr/`).
    static func robots(base: String, languages: [String] = []) -> OutputFile {
        let sitemaps = ([""] + languages).map { "Sitemap: \(base)\($0)\(SitePaths.sitemap)\n" }.joined()
        return OutputFile(path: SitePaths.robots, text: "User-agent: *\nAllow: /\n\n" + sitemaps)
    }
}
