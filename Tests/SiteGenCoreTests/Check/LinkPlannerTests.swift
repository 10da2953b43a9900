import Foundation
import Testing

@testable import SiteGenCore

/// The link check that reads only the pages whose links it cannot settle where they are made,
/// against its oracle: reading every page with libxml2 (`--scan-every-page`).
@Suite struct LinkPlannerTests {
    func messages(_ root: URL, everyPage: Bool) -> [String] {
        SiteBuilder.build(BuildOptions(siteRoot: root, scanEveryPage: everyPage, write: false)).messages
    }

    /// What a build of this site would read: nil for every page.
    func pagesToScan(_ root: URL) throws -> Set<String>? {
        let (sources, _) = SiteLoader(root: root.standardizedFileURL).load()
        let (parsed, _) = SiteParser.parse(sources)
        let config = try #require(parsed.config), templates = try #require(parsed.templates)
        let (index, _) = SiteIndexer.index(
            IndexInput(
                config: config, briefings: parsed.briefings, themes: parsed.themes, entities: parsed.entities,
                staticFiles: Set(sources.staticFiles.map(\.path))))
        let files = Set(
            SiteRenderer.outputPaths(index, copied: SiteBuilder.copiedFiles(assets: parsed.assets, staticFiles: sources.staticFiles)))
        let renderer = PageRenderer(index: index, templates: templates)
        return LinkPlanner(
            index: index, checker: LinkChecker(index: index, files: files, templates: sources.templates),
            templates: TemplateLinks(sources.templates), sitewide: renderer.sitewideContext
        ).pagesToScan()
    }

    @Test func aCleanSiteHasNoPageToRead() throws {
        #expect(try pagesToScan(repositoryRoot) == [])
        let fixture = try TestSite(fixture: "basic-site")
        #expect(try pagesToScan(fixture.root) == [])
    }

    @Test func theRealSiteAndTheFixtureAgreeWithReadingEveryPage() throws {
        #expect(messages(repositoryRoot, everyPage: false) == messages(repositoryRoot, everyPage: true))
        let fixture = try TestSite(fixture: "basic-site")
        #expect(messages(fixture.root, everyPage: false) == messages(fixture.root, everyPage: true))
    }

    /// Every kind of broken link, sown into the fixture: each is found, at the same place and
    /// with the same words, as reading every page finds it.
    @Test func sownBrokenLinksAreFoundAsReadingEveryPageFindsThem() throws {
        let site = try TestSite(fixture: "basic-site")
        let briefing = try site.read("content/briefings/second-take.md")
        try site.write(
            "content/briefings/second-take.md",
            briefing
                + """

                [no page](/ukraine/nowhere/) [outside](/elsewhere/) [no id](/ukraine/briefings/first-look/#nothing)
                [own heading](#details) [template id](#main) [its sources](/ukraine/briefings/first-look/#sources)
                [no further reading](/ukraine/briefings/second-take/#further-reading) ![an image](/ukraine/missing.png)

                """)
        let footer = try site.builtin("templates/partials/footer.mustache")
        try site.write(
            "templates/partials/footer.mustache",
            footer.replacingOccurrences(
                of: "<p>{{site.title}}</p>",
                with:
                    "<p>{{site.title}} <a href=\"/ukraine/about/\">About</a> <a href=\"{{nav.home}}#nothing\">Top</a> <a href=\"{{assets}}missing.css\">CSS</a> <a href=\"#main\">Main</a></p>"
            ))
        let page = try site.builtin("templates/briefing.mustache")
        try site.write(
            "templates/briefing.mustache",
            page.replacingOccurrences(
                of: "{{#sources}}", with: "{{#sources}}\n<a href=\"../nowhere/\">Nowhere</a> <a href=\"#toc\">Contents</a>"))
        let fast = messages(site.root, everyPage: false)
        #expect(fast == messages(site.root, everyPage: true))
        for value in [
            "'/ukraine/nowhere/'", "'/elsewhere/'", "first-look/#nothing'", "missing.png", "/ukraine/about/", "/ukraine/#nothing",
            "missing.css", "../nowhere/", "second-take/#further-reading'",
        ] {
            #expect(fast.contains { $0.contains(value) && $0.contains("error") }, "\(value) in \(fast)")
        }
        #expect(!fast.contains { $0.contains("'#main'") || $0.contains("'#details'") || $0.contains("first-look/#sources") })
    }
}
