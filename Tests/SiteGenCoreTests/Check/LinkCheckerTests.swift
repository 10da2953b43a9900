import Foundation
import Testing

@testable import SiteGenCore

/// `sitegen check` and the link check of `build`: broken links in Markdown and in templates.
@Suite struct LinkCheckerTests {
    func check(_ site: TestSite) -> BuildReport {
        SiteBuilder.build(BuildOptions(siteRoot: site.root, write: false))
    }

    @Test func theRealSiteAndTheFixtureHaveNoBrokenLink() throws {
        let fixture = try TestSite(fixture: "basic-site")
        #expect(check(fixture).messages == TestSite.basicSiteMessages)
    }

    @Test func brokenLinksInMarkdownAreReportedAtTheLink() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]",
            body:
                "## Part\n\n[fine](/sub/briefings/beta/) [gone](/sub/nowhere/) and\n[no id](/sub/briefings/beta/#missing) [outside](/elsewhere/).\n"
        )
        let site = try TestSite(files)
        let report = check(site)
        #expect(!report.succeeded)
        #expect(report.failedStage == .check)
        #expect(
            report.messages == [
                "content/briefings/alpha.md:9:30: error: link to '/sub/nowhere/' on /sub/briefings/alpha/ (and 1 other page): no page or file of the site is there",
                "content/briefings/alpha.md:10:1: error: link to '/sub/briefings/beta/#missing' on /sub/briefings/alpha/ (and 1 other page): no element there has the id 'missing'",
                "content/briefings/alpha.md:10:39: warning: link to '/elsewhere/' leaves out the base path '/sub/'; link to the file instead (a .md file, or a file in static/)",
                "content/briefings/alpha.md:10:39: error: link to '/elsewhere/' on /sub/briefings/alpha/ (and 1 other page): it is outside the site's base path '/sub/'",
            ])
    }

    @Test func brokenLinksInTemplatesAreReportedAtTheTemplate() throws {
        let site = try TestSite(MinimalSite.files)
        let footer = try site.builtin("templates/partials/footer.mustache")
        try site.write(
            "templates/partials/footer.mustache",
            footer.replacingOccurrences(
                of: "<p>{{site.title}}</p>",
                with: "<p>{{site.title}} <a href=\"/sub/about/\">About</a> <a href=\"{{nav.home}}#nothing\">Top</a></p>"))
        let report = check(site)
        #expect(
            report.messages.contains {
                $0.hasPrefix("templates/partials/footer.mustache:3:32: error: link to '/sub/about/' on /sub/ (and ")
            })
        #expect(report.messages.filter { $0.contains("/sub/about/") }.count == 1, "a link on every page is one problem")
        #expect(
            report.messages.contains(
                "templates/partials/footer.mustache:3:64: error: link to '/sub/#nothing' on /sub/ (and 11 other pages): no element there has the id 'nothing'"
            ), "at the tag that makes it, not at the page's template")
    }

    @Test func buildChecksLinksUnlessAskedNotTo() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "[gone](/sub/nowhere/)\n")
        let site = try TestSite(files)
        #expect(!site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        #expect(SiteBuilder.build(BuildOptions(siteRoot: site.root, checkLinks: false)).succeeded)
    }
}
