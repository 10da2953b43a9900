import Foundation
import Testing

@testable import SiteGenCore

/// Every page's JSON-LD (schema.org) and its Open Graph and Twitter card.
@Suite struct StructuredDataTests {
    static let opening = "<script type=\"application/ld+json\">"

    /// The JSON-LD blocks of a page, each parsed: the text between the opening tag and the
    /// first `</script>`, which escaping must keep out of the JSON.
    static func blocks(_ page: String) throws -> [[String: Any]] {
        try page.components(separatedBy: opening).dropFirst().map { rest in
            let json = try #require(rest.components(separatedBy: "</script>").first)
            return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
        }
    }

    /// The nodes of a page's graph, by `@type`.
    static func nodes(_ page: String) throws -> [String: [String: Any]] {
        let blocks = try blocks(page)
        #expect(blocks.count == 1, "one block per page")
        #expect(blocks.first?["@context"] as? String == "https://schema.org")
        let graph = try #require(blocks.first?["@graph"] as? [[String: Any]])
        return Dictionary(graph.map { ($0["@type"] as? String ?? "", $0) }) { first, _ in first }
    }

    static func built() throws -> TestSite {
        let site = try TestSite(fixture: "basic-site")
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        return site
    }

    @Test func everyPageHasOneBlockThatParsesWithTheSiteAndItsBreadcrumb() throws {
        let site = try Self.built()
        let pages = try site.outputFiles().filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 15)
        for (path, bytes) in pages {
            let nodes = try Self.nodes(String(decoding: bytes, as: UTF8.self))
            #expect(nodes["WebSite"]?["@id"] as? String == "https://example.org/ukraine/#website", "\(path)")
            #expect(nodes["WebSite"]?["inLanguage"] as? String == "en-GB", "\(path)")
            if path != "index.html" && path != "404.html" { #expect(nodes["BreadcrumbList"] != nil, "\(path)") }
        }
        let home = try Self.nodes(site.read("public/index.html"))
        let search = try #require(home["WebSite"]?["potentialAction"] as? [String: Any])
        #expect(search["target"] as? String == "https://example.org/ukraine/search/?q={search_term_string}")
        #expect(try Self.nodes(site.read("public/themes/index.html"))["CollectionPage"]?["name"] as? String == "Themes")
    }

    @Test func aBriefingIsANewsArticleWithItsDatesPeopleEntitiesAndSources() throws {
        let site = try Self.built()
        let page = try site.read("public/briefings/first-look/index.html")
        let article = try #require(try Self.nodes(page)["NewsArticle"])
        #expect(article["headline"] as? String == "A first look: the <guarantees> & more")
        #expect(article["datePublished"] as? String == "2026-01-02")
        #expect(article["dateModified"] as? String == "2026-01-06", "the latest change: its correction")
        #expect(article["url"] as? String == "https://example.org/ukraine/briefings/first-look/")
        let authors = try #require(article["author"] as? [[String: Any]])
        #expect(authors.map { $0["name"] as? String } == ["A. Writer <& co>", "Guest Author"])
        #expect(authors.first?["url"] as? String == "https://example.org/writer")
        #expect((article["publisher"] as? [String: Any])?["name"] as? String == "Fixture Briefings")
        #expect((article["about"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Red lines"], "the entities it lists")
        #expect((article["mentions"] as? [[String: Any]])?.map { $0["@type"] as? String } == ["Organization", "Place"])
        let citations = try #require(article["citation"] as? [[String: Any]]).map { $0["name"] as? String }
        #expect(citations == ["The fixture report: <sources> & citations", "A joint statement", "The seed text", "A relative source"])
        let relative = try #require(article["citation"] as? [[String: Any]]).last
        #expect(relative?["url"] as? String == "https://example.org/ukraine/briefings/second-take/", "made absolute")
        #expect(article["articleSection"] as? [String] == ["Security guarantees", "Participants"])
        let trail = try #require(try Self.nodes(page)["BreadcrumbList"]?["itemListElement"] as? [[String: Any]])
        #expect(trail.map { $0["position"] as? Int } == [1, 2, 3])
        #expect(trail.map { $0["item"] as? String }.last == "https://example.org/ukraine/briefings/first-look/")
        // The card where it is shared.
        for meta in [
            "<meta property=\"og:type\" content=\"article\">",
            "<meta property=\"og:title\" content=\"A first look: the &lt;guarantees&gt; &amp; more\">",
            "<meta property=\"og:url\" content=\"https://example.org/ukraine/briefings/first-look/\">",
            "<meta property=\"article:published_time\" content=\"2026-01-02\">",
            "<meta property=\"article:modified_time\" content=\"2026-01-06\">",
            "<meta property=\"article:section\" content=\"Security guarantees\">",
            "<meta name=\"twitter:card\" content=\"summary\">",
            "<link rel=\"icon\" href=\"/ukraine/assets/favicon.svg\" type=\"image/svg+xml\">",
        ] {
            #expect(page.contains(meta), "\(meta)")
        }
        #expect(try site.read("public/themes/index.html").contains("<meta property=\"og:type\" content=\"website\">"))
        #expect(!(try site.read("public/themes/index.html").contains("article:published_time")))
        #expect(try site.outputFiles()["assets/favicon.svg"] != nil)
    }

    @Test func typeReportMakesAReportAndAnythingElseIsAnErrorAtIt() throws {
        let site = try TestSite(fixture: "basic-site")
        let path = "content/briefings/second-take.md"
        try site.write(path, try site.read(path).replacingOccurrences(of: "date: 2026-01-03\n", with: "date: 2026-01-03\ntype: report\n"))
        #expect(site.build().succeeded)
        #expect(try Self.nodes(site.read("public/briefings/second-take/index.html"))["Report"]?["headline"] as? String == "Second take")
        try site.write(path, try site.read(path).replacingOccurrences(of: "type: report", with: "type: reprot"))
        let report = site.build()
        #expect(!report.succeeded)
        #expect(
            report.messages.contains("\(path):5:7: error: unknown type 'reprot' (did you mean 'report'?): use one of news, report"),
            "\(report.messages)")
    }

    @Test func anEntityPageDescribesTheEntityByItsKind() throws {
        let site = try Self.built()
        let nato = try #require(try Self.nodes(site.read("public/entities/nato/index.html"))["Organization"])
        #expect(nato["name"] as? String == "NATO")
        #expect(nato["alternateName"] as? [String] == ["North Atlantic alliance"])
        #expect(nato["description"] as? String == "The alliance whose members' diplomats attend.")
        #expect(try Self.nodes(site.read("public/entities/kyiv/index.html"))["Place"] != nil)
        #expect(try Self.nodes(site.read("public/entities/red-lines/index.html"))["DefinedTerm"] != nil)
        let source = try #require(try Self.nodes(site.read("public/sources/fixture-report/index.html"))["CreativeWork"])
        #expect(source["url"] as? String == "https://example.org/report.pdf")
        #expect((source["publisher"] as? [String: Any])?["name"] as? String == "Example Institute")
    }

    /// A base URL that is only a path gives no URL to the structured data: a path would be wrong
    /// wherever the site is served from. The rest is there.
    @Test func aPathOnlyBaseURLLeavesTheURLsOut() throws {
        let site = try TestSite(fixture: "basic-site")
        #expect(site.build(baseURL: "/ukraine/").succeeded)
        let page = try site.read("public/briefings/first-look/index.html")
        let nodes = try Self.nodes(page)
        let article = try #require(nodes["NewsArticle"])
        #expect(article["headline"] as? String == "A first look: the <guarantees> & more")
        #expect(article["url"] == nil && article["@id"] == nil && article["isPartOf"] == nil)
        let citations = try #require(article["citation"] as? [[String: Any]])
        #expect(citations.map { $0["url"] as? String } == ["https://example.org/report.pdf", nil, "https://example.org/seed", nil])
        let trail = try #require(nodes["BreadcrumbList"]?["itemListElement"] as? [[String: Any]])
        #expect(trail.allSatisfy { $0["item"] == nil } && trail.count == 3)
        #expect(try Self.nodes(site.read("public/index.html"))["WebSite"]?["potentialAction"] == nil, "no search action without a URL")
        let block = try #require(page.components(separatedBy: Self.opening).dropFirst().first?.components(separatedBy: "</script>").first)
        #expect(!block.contains("/ukraine/"), "no path in the JSON-LD")
    }

    /// Text that tries to end the script element stays inside the JSON, and reads back whole.
    @Test func nothingInTheTextCanCloseTheScript() throws {
        let site = try InjectionTests.site()
        #expect(site.build().succeeded)
        for path in ["public/index.html", "public/briefings/alpha/index.html", "public/entities/kyiv/index.html"] {
            let page = try site.read(path)
            let block = try #require(page.components(separatedBy: Self.opening).dropFirst().first)
            #expect(!block.components(separatedBy: "</script>")[0].contains("<"), "\(path)")
        }
        let article = try #require(try Self.nodes(site.read("public/briefings/alpha/index.html"))["NewsArticle"])
        #expect(article["headline"] as? String == InjectionTests.printed)
        #expect(
            (article["citation"] as? [[String: Any]])?.first?["url"] as? String == "https://example.org/?q=\"><script>alert(3)</script>")
    }
}
