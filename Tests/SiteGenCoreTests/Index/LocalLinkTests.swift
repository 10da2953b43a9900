import Foundation
import Testing

@testable import SiteGenCore

/// Links and images written as relative paths: to content files, to `static/`, within the page.
@Suite struct LocalLinkTests {
    @Test(arguments: [
        ("https://x.org/a.md", LinkDestination.external), ("mailto:a@b.org", .external), ("//cdn.example/x.js", .external),
        ("/briefings/x/", .rootRelative), ("#part", .sameDocument(fragment: "part")),
        ("a.md#b", .relative(path: "a.md", fragment: "b")),
        ("../../static/map.png", .relative(path: "../../static/map.png", fragment: nil)),
        ("c:d", .external), ("my file.md", .relative(path: "my file.md", fragment: nil)),
    ])
    func classifiesDestinations(_ destination: String, _ expected: LinkDestination) {
        #expect(LinkDestination(destination) == expected)
    }

    @Test func staticFilesAreCopiedAndLinkedFromMarkdown() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]",
            body: "![Map](../../static/maps/map.png \"Map\") and [the PDF](../../static/brief.pdf#page=2).\n")
        files["static/maps/map.png"] = "PNG"
        files["static/brief.pdf"] = "PDF"
        let site = try TestSite(files)
        let report = site.build()
        #expect(report.messages == [])
        let page = try site.read("public/briefings/alpha/index.html")
        #expect(page.contains("<img src=\"/sub/maps/map.png\" alt=\"Map\" title=\"Map\" />"))
        #expect(page.contains("<a href=\"/sub/brief.pdf#page=2\">the PDF</a>"))
        #expect(try site.read("public/maps/map.png") == "PNG")
    }

    @Test func linksThatWouldBreakAreReported() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]",
            body:
                "## Part\n\n[a](#part) [b](#prat) [c](../beta/) ![d](../../static/mpa.png) [e](/briefings/beta/) [f](/sub/briefings/beta/)\n"
        )
        files["static/map.png"] = "PNG"
        let site = try TestSite(files)
        let report = site.build()
        #expect(
            report.messages == [
                "content/briefings/alpha.md:9:12: error: link to '#prat': no heading on this page has the anchor '#prat' (did you mean 'part'?)",
                "content/briefings/alpha.md:9:23: error: link to '../beta/': a relative link must lead to a .md file in content/ or to a file in static/",
                "content/briefings/alpha.md:9:37: error: link to '../../static/mpa.png': no such file in static/ (did you mean 'map.png'?)",
                "content/briefings/alpha.md:9:64: warning: link to '/briefings/beta/' leaves out the base path '/sub/'; link to the file instead (a .md file, or a file in static/)",
            ])
    }

    @Test func aStaticFileMustNotReplaceAPageOrAnAsset() throws {
        var files = MinimalSite.files
        files["static/index.html"] = "<p>mine</p>"
        files["static/assets/style.css"] = "body {}"
        files["static/favicon.ico"] = "ico"
        let site = try TestSite(files)
        let report = site.build()
        #expect(
            report.messages == [
                "static/assets/style.css:1:1: error: assets/ is kept for templates/assets/; move this file elsewhere in static/",
                "static/index.html:1:1: error: this file would replace the page /; rename, move or remove it",
            ])
    }

    @Test func aLevelOneHeadingInABodyIsAWarning() throws {
        var files = MinimalSite.files
        files["content/briefings/beta.md"] = MinimalSite.briefing(title: "Beta", body: "# Big\n\nText.\n")
        let report = try TestSite(files).build()
        #expect(
            report.messages == [
                "content/briefings/beta.md:7:1: warning: a level-1 heading: the title is the page's only h1, so start sections at '##'"
            ])
    }
}
