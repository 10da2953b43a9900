import SiteGenTemplates
import Testing

@testable import SiteGenCore

/// Claim statuses: `[reported] ` at the start of a paragraph or list item, from the site's
/// vocabulary; anything else in brackets stays text.
@Suite struct ClaimParserTests {
    func body(_ markdown: String, statuses: [String] = ClaimStatus.defaults.map(\.id)) throws -> (MarkdownBody, [String]) {
        let file = try FrontMatterSplitter.split(
            "---\ntitle: T\n---\n" + markdown, path: "content/briefings/x.md", kind: .briefing, id: "x"
        )
        .get()
        let (body, problems) = BodyParser.parse(file, smartPunctuation: true, citations: true, claims: statuses)
        return (body, problems.map(\.description))
    }

    @Test func aMarkedParagraphOrItemIsAClaimAndLosesItsMarker() throws {
        let (body, problems) = try body(
            "[reported] Partners would set thresholds.\n\n- [disputed] A point.\n- [x] a task\n\n[sic] stays.\n")
        #expect(problems.isEmpty)
        #expect(body.claims.map(\.status) == ["reported", "disputed"])
        #expect(body.claims.map(\.location.description) == ["content/briefings/x.md:4:1", "content/briefings/x.md:6:3"])
        #expect(body.document.plainText(of: body.claims[0].node) == "Partners would set thresholds.")
        let html = MarkdownRenderer(links: SiteLinks(prefix: "/"), unsafeHTML: false).html(of: body, rewrites: BodyRewrites()).html
        #expect(
            html.contains(
                "<p class=\"claim claim--reported\"><span class=\"claim__label\">Reported<span class=\"visually-hidden\">:</span></span> \nPartners"
            ))
        #expect(html.contains("[x] a task") && html.contains("[sic] stays."))
    }

    @Test func aStatusNearlyRightIsAWarningWithTheRightOne() throws {
        let (body, problems) = try body("Text.\n\n[reportd] Close to one.\n")
        #expect(body.claims.isEmpty)
        #expect(
            problems == [
                "content/briefings/x.md:6:1: warning: unknown claim status '[reportd]' (did you mean '[reported]'?): use one of confirmed, reported, disputed, unverified, or 'claims:' in site.yml"
            ])
    }

    @Test func theVocabularyIsTheSites() throws {
        let site = try TestSite([
            "site.yml":
                "title: T\nbase_url: https://example.org/\nclaims:\n  on-record: Said on the record.\n  rumour: Heard, not sourced.\n",
            "content/themes/t.md": "---\ntitle: T\nsummary: S\n---\n",
            "content/briefings/a.md":
                "---\ntitle: A\nsummary: S\ndate: 2026-01-01\nthemes: [t]\n---\n[rumour] One.\n\n[on-record] Two.\n\n[rumour] Three.\n\n[reported] Not a status here.\n",
        ])
        let report = site.build()
        #expect(report.succeeded && report.messages.isEmpty, "\(report.messages)")
        let page = try site.read("public/briefings/a/index.html")
        // Explained once, in the site's order, with counts.
        let onRecord = try #require(
            page.range(
                of: "<span class=\"claim__label claim__label--on-record\">On record</span> <span class=\"count\">(1 statement)</span>"))
        let rumour = try #require(
            page.range(of: "<span class=\"claim__label claim__label--rumour\">Rumour</span> <span class=\"count\">(2 statements)</span>"))
        #expect(onRecord.lowerBound < rumour.lowerBound)
        #expect(page.contains("<dd>Heard, not sourced.</dd>"))
        #expect(page.contains("[reported] Not a status here."))
    }

    @Test func aBadVocabularyIsAnErrorAtItsKey() throws {
        let site = try TestSite(["site.yml": "title: T\nclaims:\n  Reported: Reported.\n  fine: [not, text]\n"])
        let messages = site.build().messages
        #expect(
            messages.contains(
                "site.yml:3:3: error: a claim status must be lowercase a–z, 0–9 and '-', as it is written between brackets: '[reported]'"))
        #expect(messages.contains("site.yml:4:9: error: 'fine' must be text, not a list"))
    }
}
