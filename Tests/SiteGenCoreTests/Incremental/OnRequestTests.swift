import Foundation
import Testing

@testable import SiteGenCore

/// `sitegen serve` leaves the book, the data files and the pages of the lists until a browser
/// asks for one (`onRequest`): an edit that moves a briefing in the lists marks their pages
/// stale instead of rendering them all, and each page, once asked for, is what a full build
/// makes.
@Suite struct OnRequestTests {
    static let briefingCount = 24

    /// Lists of five briefings a page, so that a move shifts the cards of several pages.
    static func site() throws -> TestSite {
        var files = MinimalSite.files
        files["site.yml"] = MinimalSite.config + "\npaginate: 5\n"
        for number in 0..<briefingCount {
            files["content/briefings/b\(number).md"] = MinimalSite.briefing(
                title: "Briefing \(number)", date: "2026-02-\(number + 1 < 10 ? "0" : "")\(number + 1)",
                themes: number % 3 == 0 ? "[guarantees, next-steps]" : "[guarantees]")
        }
        return try TestSite(files)
    }

    /// Asks for every page and data file, as browsers would.
    func requestEverything(_ builder: IncrementalBuilder) throws {
        let index = try #require(builder.index)
        for path in index.pages.map(\.outputPath) + SiteRenderer.dataPaths(index) { builder.refresh(path) }
    }

    @Test func aMoveLeavesTheListsPagesForRequestsThatThenMatchAFullBuild() throws {
        let site = try Self.site()
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview, onRequest: true))
        let first = builder.build()
        #expect(first.succeeded, "\(first.errors.map(\.description))")
        #expect(try TestSite.files(under: preview)["briefings/index.html"] == nil, "the list waits for a request")
        #expect(first.pagesLeftForRequest > 5)
        try requestEverything(builder)
        let before = try TestSite.files(under: preview)

        // The oldest briefing becomes the newest, in both themes: every page of the lists shifts.
        let path = "content/briefings/b1.md"
        try site.write(
            path,
            try site.read(path).replacingOccurrences(of: "date: 2026-02-02", with: "date: 2026-03-30").replacingOccurrences(
                of: "themes: [guarantees]", with: "themes: [guarantees, next-steps]"))
        let moved = builder.rebuild(changed: [path])
        #expect(moved.succeeded && !moved.full, "\(moved.errors.map(\.description))")
        // Every page of the two themes' lists and of all briefings' (5 + 2 + 5) waits, with the book.
        #expect(moved.pagesLeftForRequest >= 12, "\(moved.pagesLeftForRequest) pages left for requests")
        let afterMove = try TestSite.files(under: preview)
        #expect(afterMove["briefings/index.html"] == before["briefings/index.html"], "not rendered before it is asked for")
        #expect(afterMove["briefings/b1/index.html"] != before["briefings/b1/index.html"], "its own page is rendered at once")

        try requestEverything(builder)
        let fresh = site.root.appendingPathComponent(".fresh")
        #expect(IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh)).build().succeeded)
        let expected = try TestSite.files(under: fresh), actual = try TestSite.files(under: preview)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (file, bytes) in expected.sorted(by: { $0.key < $1.key }) where actual[file] != bytes {
            Issue.record("\(file) differs from a full build once asked for")
        }
    }
}
