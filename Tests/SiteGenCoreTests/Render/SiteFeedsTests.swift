import Foundation
import FoundationXML
import Testing

@testable import SiteGenCore

/// sitemap.xml, feed.xml, robots.txt, search-index.json, the book and the 404 page.
@Suite struct SiteFeedsTests {
    func built(baseURL: String? = nil) throws -> TestSite {
        let site = try TestSite(fixture: "basic-site")
        let report = site.build(baseURL: baseURL)
        #expect(report.succeeded, "\(report.messages)")
        return site
    }

    func xml(_ site: TestSite, _ path: String) throws -> XMLDocument {
        try XMLDocument(data: Data(contentsOf: site.output.appendingPathComponent(path)))
    }

    func strings(_ document: XMLDocument, _ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).compactMap(\.stringValue)
    }

    @Test(arguments: ["https://example.org/ukraine/", "https://example.org/"])
    func sitemapListsEveryPageWithAbsoluteURLsAndDates(_ base: String) throws {
        let site = try built(baseURL: base)
        let sitemap = try xml(site, "sitemap.xml")
        let locations = try strings(sitemap, "//*[local-name()='loc']")
        #expect(locations.count == 19)
        #expect(locations.allSatisfy { $0.hasPrefix(base) })
        #expect(locations.contains(base + "briefings/first-look/"))
        #expect(!locations.contains { $0.contains("404") })
        let first = try sitemap.nodes(
            forXPath: "//*[local-name()='url'][*[local-name()='loc']='\(base)briefings/first-look/']/*[local-name()='lastmod']")
        #expect(
            first.first?.stringValue == "2026-01-06",
            "a briefing's lastmod is its latest change: here its correction, after its updated date")
        #expect(
            try strings(sitemap, "//*[local-name()='url'][*[local-name()='loc']='\(base)']/*[local-name()='lastmod']") == ["2026-01-06"])
    }

    @Test func atomFeedHasTheRequiredElementsAndAbsoluteURLs() throws {
        let site = try built()
        let feed = try xml(site, "feed.xml")
        #expect(feed.rootElement()?.name == "feed")
        #expect(feed.rootElement()?.uri == "http://www.w3.org/2005/Atom")
        #expect(try strings(feed, "/*/*[local-name()='title']") == ["Fixture Briefings"])
        #expect(try strings(feed, "/*/*[local-name()='id']") == ["https://example.org/ukraine/"])
        #expect(try strings(feed, "/*/*[local-name()='updated']") == ["2026-01-06T00:00:00Z"])
        #expect(try strings(feed, "/*/*[local-name()='author']/*[local-name()='name']") == ["Fixture Briefings"])
        #expect(
            try strings(feed, "//*[local-name()='entry']/*[local-name()='id']") == [
                "https://example.org/ukraine/briefings/second-take/", "https://example.org/ukraine/briefings/windows-file/",
                "https://example.org/ukraine/briefings/first-look/",
            ])
        #expect(try strings(feed, "//*[local-name()='entry'][1]/*[local-name()='summary']") == ["The follow-up briefing."])
        #expect(try strings(feed, "//*[local-name()='entry'][3]/*[local-name()='title']") == ["A first look: the <guarantees> & more"])
        let links = try feed.nodes(forXPath: "//*[local-name()='link']/@href").compactMap(\.stringValue)
        #expect(links.allSatisfy { $0.hasPrefix("https://example.org/ukraine/") })
        let home = try site.read("public/index.html")
        #expect(
            home.contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Fixture Briefings\" href=\"https://example.org/ukraine/feed.xml\">"
            ))
    }

    @Test func theJSONFeedHasTheAtomFeedsEntriesWithSummaries() throws {
        let site = try built()
        let data = try Data(contentsOf: site.output.appendingPathComponent("feed.json"))
        let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["feed_url"] as? String == "https://example.org/ukraine/feed.json")
        #expect(feed["home_page_url"] as? String == "https://example.org/ukraine/")
        let items = try #require(feed["items"] as? [[String: Any]])
        let atomIDs = try strings(try xml(site, "feed.xml"), "//*[local-name()='entry']/*[local-name()='id']")
        #expect(items.map { $0["id"] as? String } == atomIDs)
        let first = try #require(items.last)
        #expect(first["title"] as? String == "A first look: the <guarantees> & more")
        #expect(first["content_text"] as? String == first["summary"] as? String, "summaries by default")
        #expect(first["content_html"] == nil)
        #expect(first["date_modified"] as? String == "2026-01-06T00:00:00Z")
        #expect((first["authors"] as? [[String: Any]])?.map { $0["name"] as? String } == ["A. Writer <& co>", "Guest Author"])
        #expect(first["tags"] as? [String] == ["Security guarantees", "Participants"])
        #expect(
            try site.read("public/index.html").contains(
                "<link rel=\"alternate\" type=\"application/feed+json\" title=\"Fixture Briefings\" href=\"https://example.org/ukraine/feed.json\">"
            ))
    }

    @Test func eachThemeAndEntityHasAnAtomFeedLinkedFromItsPage() throws {
        let site = try built()
        let theme = try xml(site, "themes/guarantees/feed.xml")
        #expect(try strings(theme, "/*/*[local-name()='title']") == ["Security guarantees · Fixture Briefings"])
        #expect(
            try strings(theme, "//*[local-name()='entry']/*[local-name()='id']") == [
                "https://example.org/ukraine/briefings/windows-file/", "https://example.org/ukraine/briefings/first-look/",
            ])
        #expect(
            try strings(theme, "/*/*[local-name()='link'][@rel='self']/@href") == ["https://example.org/ukraine/themes/guarantees/feed.xml"]
        )
        #expect(try strings(theme, "/*/*[local-name()='updated']") == ["2026-01-06T00:00:00Z"])
        let entity = try xml(site, "entities/kyiv/feed.xml")
        #expect(
            try strings(entity, "//*[local-name()='entry']/*[local-name()='id']") == [
                "https://example.org/ukraine/briefings/second-take/", "https://example.org/ukraine/briefings/first-look/",
            ])
        #expect(
            try site.read("public/themes/guarantees/index.html").contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Security guarantees · Fixture Briefings\" href=\"https://example.org/ukraine/themes/guarantees/feed.xml\">"
            ))
        #expect(try site.read("public/entities/kyiv/index.html").contains("href=\"https://example.org/ukraine/entities/kyiv/feed.xml\">"))
        #expect(!(try site.read("public/briefings/index.html").contains("/themes/guarantees/feed.xml")))
    }

    @Test func feedContentFullPutsTheWholeTextInEveryFeed() throws {
        let site = try TestSite(fixture: "basic-site")
        try site.write("site.yml", try site.read("site.yml") + "feed_content: full\n")
        #expect(site.build().succeeded)
        let atom = try xml(site, "feed.xml")
        let content = try atom.nodes(forXPath: "//*[local-name()='entry'][3]/*[local-name()='content']").first as? XMLElement
        #expect(try strings(atom, "//*[local-name()='entry'][3]/*[local-name()='content']/@type") == ["html"])
        #expect(content?.attribute(forName: "xml:base")?.stringValue == "https://example.org/ukraine/briefings/first-look/")
        #expect(content?.stringValue?.contains("<h2 id=\"context\">") == true, "\(content?.stringValue ?? "")")
        let data = try Data(contentsOf: site.output.appendingPathComponent("feed.json"))
        let items = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["items"] as? [[String: Any]])
        #expect((items.last?["content_html"] as? String) == content?.stringValue)
        #expect(items.last?["content_text"] == nil)
        let theme = try xml(site, "themes/guarantees/feed.xml")
        #expect(try theme.nodes(forXPath: "//*[local-name()='content']").count == 2)

        try site.write("site.yml", try site.read("site.yml").replacingOccurrences(of: "feed_content: full", with: "feed_content: ful"))
        let report = site.build()
        #expect(
            report.messages.contains { $0.hasSuffix("error: unknown feed_content 'ful' (did you mean 'full'?): use one of summary, full") },
            "\(report.messages)")
    }

    @Test func robotsNamesTheSitemapAtTheRootOnlyAndThe404PageExists() throws {
        let root = try built(baseURL: "https://example.org/")
        #expect(try root.read("public/robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")
        let site = try built()
        #expect(
            try site.outputFiles()["robots.txt"] == nil,
            "under /ukraine/ it would be served at /ukraine/robots.txt, where no crawler looks")
        #expect(try site.outputFiles()["sitemap.xml"] != nil)
        let page = try site.read("public/404.html")
        #expect(page.contains("<h1>Page not found</h1>"))
        #expect(page.contains("href=\"/ukraine/search/\""), "links on the 404 page start at the root, as it is served at any address")
    }

    /// The warning is at the place to change: the command line, or the key in site.yml.
    @Test func aBaseURLWithoutHostLeavesTheFeedsOutWithAWarning() throws {
        let site = try TestSite(fixture: "basic-site")
        let report = site.build(baseURL: "/ukraine/")
        #expect(report.succeeded)
        #expect(
            report.messages.contains(
                "warning: --base-url '/ukraine/' is only a path: sitemap.xml, the feeds (feed.xml, feed.json, updates/feed.xml, each theme's and entity's), robots.txt and the structured data's URLs need a full URL (https://…) and are left out"
            ), "\(report.messages)")
        #expect(try site.outputFiles()["feed.xml"] == nil)
        try site.write(
            "site.yml",
            try site.read("site.yml").replacingOccurrences(of: "base_url: https://example.org/ukraine/", with: "base_url: /ukraine/"))
        let fromFile = site.build()
        #expect(
            fromFile.messages.contains(
                "site.yml:3:11: warning: base_url '/ukraine/' is only a path: sitemap.xml, the feeds (feed.xml, feed.json, updates/feed.xml, each theme's and entity's), robots.txt and the structured data's URLs need a full URL (https://…) and are left out"
            ), "\(fromFile.messages)")
        try site.write("site.yml", try site.read("site.yml").replacingOccurrences(of: "base_url: /ukraine/\n", with: ""))
        #expect(site.build().messages.contains { $0.hasPrefix("site.yml:1:1: warning: base_url '/' is only a path") })
    }

    @Test func searchIndexHasEveryBriefingWithItsText() throws {
        let site = try built()
        let data = try Data(contentsOf: site.output.appendingPathComponent("search-index.json"))
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(
            entries.map { $0["url"] as? String } == [
                "/ukraine/briefings/second-take/", "/ukraine/briefings/windows-file/", "/ukraine/briefings/first-look/",
            ])
        let first = try #require(entries.last)
        #expect(first["title"] as? String == "A first look: the <guarantees> & more")
        #expect((first["text"] as? String)?.contains("A repeated heading gets its own anchor.") == true)
        #expect((first["text"] as? String)?.contains("##") == false, "the text is plain, not Markdown")
        #expect(first["entities"] as? [String] == ["NATO", "Kyiv", "Red lines"])
        #expect(first["themes"] as? [String] == ["Security guarantees", "Participants"])
        let dates = entries.map { [$0["date"] as? String, $0["dateText"] as? String] }
        #expect(
            dates == [["2026-01-03", "3 January 2026"], ["2026-01-03", "3 January 2026"], ["2026-01-02", "2 January 2026"]],
            "each result's date is written as the cards write it")
        #expect(!String(decoding: data, as: UTF8.self).contains("<guarantees>"), "< and > are escaped in the JSON")
        let page = try site.read("public/search/index.html")
        #expect(page.contains("<script src=\"/ukraine/assets/search.js\" data-index=\"/ukraine/search-index.json\" data-loading="))
        // The script's messages, in the site's language, with a form per plural category.
        #expect(page.contains("data-no-match=\"No briefing matches “{query}”.\""))
        #expect(
            page.contains(
                "data-matches-one=\"{count} briefing matches “{query}”.\" data-matches-other=\"{count} briefings match “{query}”.\" defer></script>"
            ))
        #expect(page.contains("<noscript>"))
    }

    @Test func theBookHasEveryBriefingOnceUnderItsFirstThemeWithUniqueIDs() throws {
        let site = try built()
        let book = try site.read("public/book/index.html")
        let scan = HTMLScanner.scan(book)
        #expect(Set(scan.ids).count == scan.ids.count, "ids are unique on the page")
        for id in [
            "briefing-first-look", "briefing-second-take", "briefing-windows-file", "first-look--context", "first-look--context-1",
            "theme-guarantees", "theme-next-steps",
        ] {
            #expect(scan.ids.contains(id), "missing #\(id)")
        }
        // first-look's themes are guarantees then participants: it is printed once, under
        // guarantees, and participants still has its section, which links to it there.
        let participants = try #require(book.range(of: "<h2 id=\"theme-participants\">"), "every theme with briefings is in the book")
        let section = String(book[participants.lowerBound...]).components(separatedBy: "</section>")[0]
        #expect(!section.contains("<article class=\"book-briefing\""))
        #expect(
            section.contains(
                "<li><a href=\"#briefing-first-look\">A first look: the &lt;guarantees&gt; &amp; more</a> <span class=\"book-also__theme\">(Security guarantees)</span></li>"
            ))
        #expect(book.contains("<h4 id=\"first-look--context\">"), "body headings sit below the briefing's h3")
        #expect(
            book.contains("href=\"https://example.org/ukraine/briefings/second-take/#details\""), "links are absolute, to work on paper")
        #expect(book.components(separatedBy: "<article class=\"book-briefing\"").count == 4)
    }

    @Test func sourceDateEpochGivesDatesWhereTheContentHasNone() {
        #expect(BuildDate.fromEnvironment(["SOURCE_DATE_EPOCH": "1700000000"])?.iso == "2023-11-14")
        #expect(BuildDate.fromEnvironment(["SOURCE_DATE_EPOCH": "0"])?.iso == "1970-01-01")
        #expect(BuildDate.fromEnvironment(["SOURCE_DATE_EPOCH": "951782400"])?.iso == "2000-02-29")
        #expect(BuildDate.fromEnvironment([:]) == nil)
        let empty = SiteIndexer.index(
            IndexInput(config: SiteConfig(title: "T", baseURL: "https://example.org/"), briefings: [], themes: [])
        ).0
        let feed = FeedWriter(empty, fallbackDate: ContentDate(iso: "2024-05-06")).atom(.site(empty))
        #expect(String(decoding: feed.bytes, as: UTF8.self).contains("<updated>2024-05-06T00:00:00Z</updated>"))
    }
}
