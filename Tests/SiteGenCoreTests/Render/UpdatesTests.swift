import Foundation
import Testing

@testable import SiteGenCore

/// `updates:` on a briefing: the correction notice, the history, the dates that follow the
/// latest entry, the page and the feed of every update.
@Suite struct UpdatesTests {
    static func files(updates: String) -> [String: String] {
        [
            "site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/themes/t.md": "---\ntitle: T\nsummary: S\n---\n",
            "content/briefings/a.md": "---\ntitle: A\nsummary: S\ndate: 2026-01-01\nthemes: [t]\n\(updates)---\nText.\n",
            "content/briefings/b.md":
                "---\ntitle: B\nsummary: S\ndate: 2026-01-02\nthemes: [t]\nupdates:\n  - {date: 2026-01-03T12:00Z, kind: clarification, note: Said which talks.}\n---\nText.\n",
        ]
    }

    @Test func theLatestEntryDatesThePageTheFeedAndTheSitemap() throws {
        let site = try TestSite(
            Self.files(
                updates:
                    "updates:\n  - {date: 2026-01-05, kind: correction, note: Fixed a name.}\n  - {date: 2026-01-04, kind: update, note: Added a section.}\n"
            ))
        let report = site.build()
        #expect(report.succeeded && report.messages.isEmpty, "\(report.messages)")
        let page = try site.read("public/briefings/a/index.html")
        #expect(page.contains("Updated <time datetime=\"2026-01-05\">5 January 2026</time>"))
        #expect(page.contains("<h2 id=\"correction-notice\">Corrected</h2>"))
        let correction = try #require(page.range(of: "Correction</span>, <time datetime=\"2026-01-05\">"))
        let update = try #require(page.range(of: "Update</span>, <time datetime=\"2026-01-04\">"))
        #expect(correction.lowerBound < update.lowerBound, "history newest first")
        // a's correction (5 January) is newer than b's publication: the feed still orders by publication.
        let feed = try site.read("public/feed.xml")
        #expect(feed.contains("<updated>2026-01-05T00:00:00Z</updated>"))
        let updates = try site.read("public/updates/feed.xml")
        let titles = updates.components(separatedBy: "<title>").dropFirst(2).map { $0.components(separatedBy: "</title>")[0] }
        #expect(titles == ["Correction: A", "Update: A", "Clarification: B"])
        let list = try site.read("public/updates/index.html")
        #expect(list.contains("(3 entries, 1 correction)"))
        #expect(try site.read("public/sitemap.xml").contains("<loc>https://example.org/briefings/a/</loc><lastmod>2026-01-05</lastmod>"))
    }

    @Test func aBriefingWithoutCorrectionsHasNoNoticeButAHistory() throws {
        let site = try TestSite(Self.files(updates: ""))
        #expect(site.build().succeeded)
        let page = try site.read("public/briefings/b/index.html")
        #expect(!page.contains("correction-notice"))
        #expect(
            page.contains(
                "Clarification</span>, <time datetime=\"2026-01-03T12:00:00Z\">3 January 2026, 12:00 UTC</time>: Said which talks."))
        #expect(page.contains("Published</span>, <time datetime=\"2026-01-02\">"))
    }

    @Test func eachProblemOfAnEntryIsAtItsPlace() throws {
        let site = try TestSite(
            Self.files(updates: "updates:\n  - date: 2025-12-31\n    kind: corection\n    note: X\n  - kind: update\n    note: ' '\n"))
        #expect(
            site.build().messages == [
                "content/briefings/a.md:8:11: error: unknown kind 'corection' (did you mean 'correction'?): use one of update, correction, clarification",
                "content/briefings/a.md:10:5: error: missing required field 'date'",
                "content/briefings/a.md:11:11: error: 'note' must say what changed",
            ])
        let early = try TestSite(Self.files(updates: "updates:\n  - {date: 2025-12-31, kind: update, note: X}\n"))
        #expect(
            early.build().messages == [
                "content/briefings/a.md:7:5: warning: this update (2025-12-31) is dated before the briefing (2026-01-01)"
            ])
    }

    @Test func thePreviewListsANewUpdate() throws {
        let site = try TestSite(Self.files(updates: ""))
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview))
        #expect(builder.build().succeeded)
        let path = "content/briefings/a.md"
        try site.write(
            path,
            try site.read(path).replacingOccurrences(
                of: "themes: [t]\n", with: "themes: [t]\nupdates:\n  - {date: 2026-01-09, kind: correction, note: Fixed.}\n"))
        #expect(builder.rebuild(changed: [path]).succeeded)
        let list = try String(contentsOf: preview.appendingPathComponent("updates/index.html"), encoding: .utf8)
        #expect(list.contains("Fixed."))
        let fresh = site.root.appendingPathComponent(".fresh")
        #expect(IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh)).build().succeeded)
        #expect(try TestSite.files(under: preview) == TestSite.files(under: fresh))
    }
}
