import Foundation
import Testing

@testable import SiteGenCore

/// Sources in `content/sources/`, citations of them, and the pages that show both.
@Suite struct SourceTests {
    static let files: [String: String] = [
        "site.yml": "title: T\nbase_url: https://example.org/\n",
        "content/themes/t.md": "---\ntitle: T\nsummary: S\n---\n",
        "content/sources/report.md": "---\ntitle: The report\nkind: analysis\nurl: https://example.org/r.pdf\n---\nA note.\n",
        "content/sources/statement.md": "---\ntitle: A statement\nkind: official-statement\n---\n",
        "content/briefings/a.md":
            "---\ntitle: A\nsummary: S\ndate: 2026-01-01\nthemes: [t]\n---\n## Scope\n\nFirst claim [@report, p. 3]. Second [@statement; @report].\n",
    ]

    @Test func aBriefingListsWhatItCitesAndEachSourcePageWhereItIsCited() throws {
        let site = try TestSite(Self.files)
        let report = site.build()
        #expect(report.succeeded && report.messages.isEmpty, "\(report.messages)")
        let page = try site.read("public/briefings/a/index.html")
        #expect(page.contains("First claim<sup class=\"citation\">[<a id=\"cite_1_1\" href=\"#source_1\">"))
        #expect(page.contains("<li id=\"source_2\"><a href=\"/sources/statement/\">A statement</a>"))
        #expect(page.contains("<a href=\"#cite_1_2\"><span class=\"visually-hidden\">citation </span>b</a>"))
        let source = try site.read("public/sources/report/index.html")
        #expect(source.contains("<a class=\"snippet__section\" href=\"/briefings/a/#cite_1_1\">Scope</a>"))
        #expect(source.contains("First claim. <span class=\"locator\">(p. 3)</span>"))
        #expect(source.contains("(2 citations)"))
        let list = try site.read("public/sources/index.html")
        #expect(list.contains("<h2 id=\"analysis\">Analyses</h2>"))
        let xref = try JSONSerialization.jsonObject(with: Data(try site.read("public/xref.json").utf8)) as? [String: Any]
        let sources = try #require(xref?["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["statement", "report"])
        #expect(
            (sources.last?["citations"] as? [[String: Any]])?.map { $0["url"] as? String } == [
                "/briefings/a/#cite_1_1", "/briefings/a/#cite_1_2",
            ])
    }

    @Test func anUnknownSourceIsAnErrorAtItsKeyWithASuggestion() throws {
        var files = Self.files
        files["content/briefings/a.md"] = "---\ntitle: A\nsummary: S\ndate: 2026-01-01\nthemes: [t]\n---\nClaim [@report; @statment].\n"
        let report = try TestSite(files).build()
        #expect(
            report.messages == [
                "content/briefings/a.md:7:17: error: unknown source 'statment' (did you mean 'statement'?): a citation names a file of content/sources/ by its id",
                "content/sources/statement.md:1:1: warning: source 'statement' is cited by no briefing",
            ])
    }

    @Test func aSourceIsCheckedLikeEveryOtherFile() throws {
        var files = Self.files
        files["content/sources/report.md"] =
            "---\ntitle: The report\nkind: analysys\nurl: www.example.org/r.pdf\naccessed: 2026-02-30\npublsher: X\n---\n"
        files["content/sources/unused.md"] = "---\ntitle: Unused\n---\n"
        let report = try TestSite(files).build()
        #expect(
            report.messages.sorted() == [
                "content/sources/report.md:3:7: error: unknown kind 'analysys' (did you mean 'analysis'?): use one of primary-document, official-statement, media-report, analysis, data, interview, other",
                "content/sources/report.md:4:6: error: 'url' must be a full http(s) URL such as https://example.org/report.pdf, not 'www.example.org/r.pdf'",
                "content/sources/report.md:5:11: error: 'accessed' is 2026-02-30, a day that does not exist: February 2026 has 28 days",
                "content/sources/report.md:6:1: warning: unknown field 'publsher' (did you mean 'publisher'?)",
                "content/sources/unused.md:1:1: warning: source 'unused' is cited by no briefing",
            ])
    }

    @Test func thePreviewRebuildsSourcePagesWhenACitationChanges() throws {
        let site = try TestSite(Self.files)
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview))
        #expect(builder.build().succeeded)
        let path = "content/briefings/a.md"
        try site.write(
            path, try site.read(path).replacingOccurrences(of: "First claim [@report, p. 3]", with: "A new claim [@report, p. 9]"))
        let report = builder.rebuild(changed: [path])
        #expect(report.succeeded && !report.indexedWholeSite)
        let source = try String(contentsOf: preview.appendingPathComponent("sources/report/index.html"), encoding: .utf8)
        #expect(source.contains("A new claim. <span class=\"locator\">(p. 9)</span>"))
        // The same bytes as a fresh build of the edited site.
        let fresh = site.root.appendingPathComponent(".fresh")
        #expect(IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh)).build().succeeded)
        #expect(try TestSite.files(under: preview) == TestSite.files(under: fresh))
    }

    @Test func aBriefingThatCitesNothingIsAWarningOrWithRequireCitationsAnError() throws {
        var files = Self.files
        files["content/briefings/b.md"] = "---\ntitle: B\nsummary: S\ndate: 2026-01-02\nthemes: [t]\n---\nNo citation.\n"
        let warned = try TestSite(files).build()
        #expect(warned.succeeded)
        #expect(
            warned.messages == [
                "content/briefings/b.md:1:1: warning: briefing 'b' cites no source: cite what it draws on with [@id] (a file of content/sources/)"
            ])
        files["site.yml"]! += "require_citations: true\n"
        let failed = try TestSite(files).build()
        #expect(!failed.succeeded)
        #expect(
            failed.messages == [
                "content/briefings/b.md:1:1: error: briefing 'b' cites no source: cite what it draws on with [@id] (a file of content/sources/), as require_citations in site.yml asks"
            ])
        // A site with no sources at all is not told about citations it does not use.
        let plain = try TestSite(MinimalSite.files).build()
        #expect(!plain.messages.contains { $0.contains("cites no source") })
    }

    @Test func checkWarnsAboutASourceAccessedLongAgoAndBuildDoesNot() throws {
        var files = Self.files
        files["site.yml"]! += "stale_after_days: 30\n"
        files["content/sources/report.md"] = "---\ntitle: The report\naccessed: 2026-01-01\n---\n"
        let site = try TestSite(files)
        var options = BuildOptions(siteRoot: site.root, write: false)
        options.today = ContentDate(iso: "2026-03-01")
        let check = SiteBuilder.build(options)
        #expect(
            check.messages == [
                "content/sources/report.md:3:11: warning: source 'report' was last accessed 59 days ago (2026-01-01), more than stale_after_days (30): check it is still there and says the same, then update 'accessed'"
            ])
        #expect(site.build().messages.isEmpty, "a build's messages do not depend on the day it runs")
    }
}

/// Bylines: `authors:` on a briefing, by id of site.yml's people or by name.
@Suite struct BylineTests {
    static let files: [String: String] = [
        "site.yml":
            "title: T\nbase_url: https://example.org/\nauthors:\n  jane-doe: {name: Jane Doe, role: Analyst, url: https://example.org/jane}\n",
        "content/themes/t.md": "---\ntitle: T\nsummary: S\n---\n",
        "content/briefings/a.md":
            "---\ntitle: A\nsummary: S\ndate: 2026-01-01\nthemes: [t]\nauthors: [jane-doe, Guest Writer]\n---\nText.\n",
    ]

    @Test func bylinesAreShownUnderTheTitleAndInTheFeed() throws {
        let site = try TestSite(Self.files)
        let report = site.build()
        #expect(report.succeeded && report.messages.isEmpty, "\(report.messages)")
        let page = try site.read("public/briefings/a/index.html")
        #expect(
            page.contains(
                "<p class=\"byline\">By <a href=\"https://example.org/jane\" rel=\"author\">Jane Doe</a> <span class=\"byline__role\">(Analyst)</span>, Guest Writer</p>"
            ))
        let feed = try site.read("public/feed.xml")
        #expect(
            feed.contains(
                "<author><name>Jane Doe</name><uri>https://example.org/jane</uri></author>\n    <author><name>Guest Writer</name></author>")
        )
    }

    @Test func anUnknownIDIsAnErrorWithTheClosestAndABadPersonAtItsField() throws {
        var files = Self.files
        files["content/briefings/a.md"] = "---\ntitle: A\nsummary: S\ndate: 2026-01-01\nthemes: [t]\nauthors: [jane-do]\n---\n"
        files["site.yml"]! += "  Bad Id: {role: X, url: example.org}\n"
        let messages = try TestSite(files).build().messages
        #expect(
            messages == [
                "content/briefings/a.md:6:11: error: unknown author 'jane-do' (did you mean 'jane-doe'?): an id names a person of 'authors:' in site.yml; write a name as it is shown, with its capitals (Jane Doe)",
                "site.yml:5:3: error: an author's id must be lowercase a–z, 0–9 and '-', as briefings name them: 'Bad Id'",
                "site.yml:5:11: error: missing required field 'name'",
                "site.yml:5:26: error: 'url' must be a full http(s) URL, not 'example.org'",
            ])
    }
}
