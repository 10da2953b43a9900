import Foundation
import Testing

@testable import SiteGenCore

/// Long lists go on over `page/2/`, `page/3/`, … (`paginate` in site.yml): the list of all
/// briefings and each theme's; an edit to one card renders the one page of a list that shows it.
@Suite struct PaginationTests {
    let site: TestSite

    /// The fixture, one briefing per page: its three published briefings take three pages, and
    /// 'guarantees' (two of them) two.
    init() throws {
        site = try TestSite(fixture: "basic-site")
        try site.write("site.yml", try site.read("site.yml") + "paginate: 1\n")
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path + "index.html"), encoding: .utf8)
    }

    func cards(_ html: String) -> Int { html.components(separatedBy: "<article class=\"card\">").count - 1 }

    @Test func listsGoOnOverNumberedPagesLinkedByAPager() throws {
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let first = try page("briefings/"), second = try page("briefings/page/2/"), third = try page("briefings/page/3/")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("briefings/page/4/index.html").path))
        #expect([first, second, third].map(cards) == [1, 1, 1])
        #expect(first.contains("Page 1 of 3") && !first.contains("rel=\"prev\""))
        #expect(first.contains("<a href=\"/ukraine/briefings/page/2/\" rel=\"next\">Older</a>"))
        #expect(second.contains("<title>All briefings, page 2 of 3 · Fixture Briefings</title>"))
        #expect(second.contains("<a href=\"/ukraine/briefings/\" rel=\"prev\">Newer</a>"))
        #expect(second.contains("<a href=\"/ukraine/briefings/page/3/\" rel=\"next\">Older</a>"))
        #expect(third.contains("<a href=\"/ukraine/briefings/\">First</a>") && !third.contains("rel=\"next\""))
        // Every briefing is on exactly one page of the list.
        for id in ["first-look", "second-take", "windows-file"] {
            #expect([first, second, third].filter { $0.contains("href=\"/ukraine/briefings/\(id)/\"") }.count == 1, "\(id)")
        }
        let theme = try page("themes/guarantees/"), more = try page("themes/guarantees/page/2/")
        #expect([theme, more].map(cards) == [1, 1])
        // The introduction and the entities are on the first page of a theme only.
        #expect(theme.contains("class=\"prose\"") && !more.contains("class=\"prose\""))
        #expect(more.contains("<a href=\"/ukraine/themes/guarantees/\" rel=\"prev\">Newer</a>"))
        // The theme's feed is the same feed on every page of it, under the same title.
        let feedLink = "title=\"Security guarantees · Fixture Briefings\" href=\"https://example.org/ukraine/themes/guarantees/feed.xml\""
        #expect(theme.contains(feedLink) && more.contains(feedLink), "\(more)")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("themes/next-steps/page/2/index.html").path))
        let sitemap = try String(contentsOf: site.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("https://example.org/ukraine/briefings/page/3/"))
    }

    @Test func aCardEditRendersOnlyThePageOfTheListThatShowsIt() throws {
        let (sources, _) = SiteLoader(root: site.root.standardizedFileURL).load()
        let (parsed, _) = SiteParser.parse(sources)
        var (index, problems) = SiteIndexer.index(IndexInput(parsed, staticFiles: sources.staticFiles, includeDrafts: false))
        #expect(problems.filter { $0.severity == .error }.isEmpty)
        let last = try #require(index.briefings.last)
        var edited = last
        edited.title = "A new title"
        let relisted = index.reindex(edited, linkFirstMention: true)
        let pages = try #require(relisted).map(\.path)
        #expect(pages.contains("briefings/page/3/"))
        #expect(!pages.contains("briefings/") && !pages.contains("briefings/page/2/"))
    }

    @Test func thePreviewMatchesAFreshBuildAcrossPages() throws {
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview))
        #expect(builder.build().succeeded)
        let path = "content/briefings/windows-file.md"
        // A new title; then 'next-steps' gains a page of its list, and loses it again: each on
        // the quick path, which adds and removes the page.
        let changes: [(String) -> String] = [
            { (text: String) in text.replacingOccurrences(of: "title: Windows file", with: "title: Windows file, renamed") },
            { (text: String) in text.replacingOccurrences(of: "themes: [guarantees]", with: "themes: [guarantees, next-steps]") },
            { (text: String) in text.replacingOccurrences(of: "themes: [guarantees, next-steps]", with: "themes: [guarantees]") },
        ]
        for (step, change) in changes.enumerated() {
            try site.write(path, change(try site.read(path)))
            let report = builder.rebuild(changed: [path])
            #expect(report.succeeded, "\(report.errors)")
            #expect(!report.indexedWholeSite, "step \(step)")
            #expect(report.filesRemoved == (step == 2 ? 1 : 0), "step \(step)")
            let extra = FileManager.default.fileExists(atPath: preview.appendingPathComponent("themes/next-steps/page/2/index.html").path)
            #expect(extra == (step == 1), "step \(step)")
            let fresh = site.root.appendingPathComponent(".fresh-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: fresh) }
            #expect(IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh)).build().succeeded)
            let expected = try TestSite.files(under: fresh), actual = try TestSite.files(under: preview)
            #expect(actual.keys.sorted() == expected.keys.sorted())
            for (path, bytes) in expected where actual[path] != bytes { Issue.record("\(path) differs from a fresh build") }
        }
    }

    @Test func paginateMustBeAbove0() throws {
        let config = try site.read("site.yml").replacingOccurrences(of: "paginate: 1", with: "paginate: 0")
        try site.write("site.yml", config)
        let line =
            try #require(config.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("paginate:") }) + 1
        let report = site.build()
        #expect(!report.succeeded)
        #expect(
            report.messages.contains {
                $0.hasPrefix("site.yml:\(line):11:") && $0.contains("'paginate' must be a number of briefings per page above 0, not 0")
            })
    }
}
