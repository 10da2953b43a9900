import Foundation
import Testing

@testable import SiteGenCore

/// `relative_urls: true` (and `--relative-urls`): every internal link relative to its page and
/// naming a file, so the output works from file://, from a zip or under any path.
@Suite struct RelativeURLTests {
    static func site() throws -> TestSite {
        let site = try TestSite(fixture: "basic-site")
        try site.write("site.yml", try site.read("site.yml") + "relative_urls: true\n")
        return site
    }

    /// Where a reference on the page at `page` leads inside the output, as a browser reading
    /// files resolves it; nil for an external link or an in-page fragment.
    static func file(_ reference: String, from page: String) -> String? {
        let path = reference.split(separator: "#", omittingEmptySubsequences: false)[0]
        guard !path.isEmpty, !path.contains(":") else { return nil }
        return LinkDestination.resolve(String(path.split(separator: "?")[0]), from: page)
    }

    @Test func everyLinkOfEveryPageNamesAFileOfTheOutput() throws {
        let site = try Self.site()
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let files = try site.outputFiles()
        var checked = 0
        for (page, bytes) in files where page.hasSuffix(".html") && page != "404.html" {
            for reference in HTMLScanner.scan(bytes).references.map(\.value) {
                #expect(!reference.hasPrefix("/"), "\(page): \(reference) starts at the host")
                guard let target = Self.file(reference, from: page) else { continue }
                #expect(files[target] != nil, "\(page): \(reference) leads to \(target), which is not a file of the output")
                checked += 1
            }
        }
        #expect(checked > 400)
        let article = try site.read("public/briefings/first-look/index.html")
        #expect(article.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
        #expect(article.contains("href=\"../../briefings/second-take/index.html#details\""), "a body's link, with its fragment")
        #expect(article.contains("<link rel=\"canonical\" href=\"https://example.org/ukraine/briefings/first-look/\">"), "still absolute")
        #expect(try site.read("public/index.html").contains("href=\"themes/guarantees/index.html\""))
        #expect(try site.read("public/404.html").contains("href=\"/ukraine/search/\""), "shown at any address: from the host")
        let search = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("search-index.json")))
                as? [[String: Any]])
        #expect(search.first?["url"] as? String == "../briefings/second-take/index.html", "as the search page links it")
        let graph = try StructuredDataTests.nodes(article)
        let citations = try #require(graph["NewsArticle"]?["citation"] as? [[String: Any]])
        #expect(
            citations.last?["url"] as? String == "https://example.org/ukraine/briefings/second-take/",
            "structured data keeps full URLs, a relative further-reading link too")
        #expect(graph["BreadcrumbList"] != nil)
    }

    @Test func theFlagDoesWhatTheSettingDoes() throws {
        let setting = try Self.site()
        #expect(setting.build().succeeded)
        let flag = try TestSite(fixture: "basic-site")
        let result = try runSitegen(["build", "--relative-urls"], in: flag.root)
        #expect(result.status == 0, "\(result.problems)")
        #expect(try flag.outputFiles() == setting.outputFiles())
        let plain = try TestSite(fixture: "basic-site")
        #expect(plain.build().succeeded)
        #expect(try plain.read("public/index.html").contains("href=\"/ukraine/themes/guarantees/\""), "off by default")
    }

    /// The check reads every page in this mode, and finds what it finds in the other.
    @Test func theLinkCheckFindsABrokenRelativeLink() throws {
        let site = try Self.site()
        try site.write("templates/partials/footer.mustache", "<footer><a href=\"{{assets}}nowhere.css\">x</a></footer>\n")
        let report = site.build()
        #expect(!report.succeeded)
        // One problem per depth of page, each at the tag that makes the link.
        let errors = report.messages.filter { $0.contains(": error: ") }
        #expect(errors.count == 4, "\(errors)")
        #expect(errors.allSatisfy { $0.hasPrefix("templates/partials/footer.mustache:1:18: error: link to '") })
        #expect(errors.allSatisfy { $0.hasSuffix(": no page or file of the site is there") })
        #expect(errors.contains { $0.contains("'assets/nowhere.css' on /ukraine/:") })
        #expect(errors.contains { $0.contains("'../../assets/nowhere.css' on /ukraine/entities/kyiv/ (and 10 other pages)") })
        try site.write("content/briefings/second-take.md", try site.read("content/briefings/second-take.md") + "\n[gone](missing.md)\n")
        #expect(site.build().messages.contains { $0.contains("content/briefings/second-take.md:") && $0.contains("link to 'missing.md'") })
    }
}
