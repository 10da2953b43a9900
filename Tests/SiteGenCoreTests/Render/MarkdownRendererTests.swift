import Testing

@testable import SiteGenCore

@Suite struct MarkdownRendererTests {
    @Test func givesHeadingsTheirAnchorsAndLinksTheirPages() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(title: "Alpha", body: "## Scope\n\nSee [beta](beta.md#more \"Beta\").\n")
        files["content/briefings/beta.md"] = MinimalSite.briefing(title: "Beta", body: "## More\n")
        let (index, _) = try indexSite(files)
        let alpha = try #require(index.briefing("alpha"))
        let html = MarkdownRenderer(links: SiteLinks(prefix: "/sub/"), unsafeHTML: false).html(
            of: alpha.body, rewrites: index.rewrites(for: alpha.path))
        #expect(html.html == "<h2 id=\"scope\">\nScope\n</h2>\n<p>See <a href=\"/sub/briefings/beta/#more\" title=\"Beta\">beta</a>.</p>\n")
    }

    @Test func tableOfContentsNestsLevelThreeUnderLevelTwo() {
        func heading(_ level: Int, _ text: String) -> Heading {
            Heading(level: level, text: text, anchor: text.lowercased(), node: 0, location: SourceLocation(path: "x"))
        }
        let toc = MarkdownRenderer.tableOfContents([
            heading(3, "Pre"), heading(2, "A"), heading(3, "A1"), heading(4, "Deep"), heading(2, "B"),
        ])
        let entries = try! #require(toc)
        #expect(entries.map(\.text) == ["Pre", "A", "B"])
        #expect(entries[1].children?.items.map(\.anchor) == ["a1"])
        #expect(entries[2].children == nil)
        #expect(MarkdownRenderer.tableOfContents([heading(2, "Only")]) == nil)
    }
}
