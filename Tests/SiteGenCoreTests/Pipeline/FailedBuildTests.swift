import Foundation
import Testing

@testable import SiteGenCore

/// Every kind of error stops the build with exact messages and leaves the previous output as it was.
@Suite struct FailedBuildTests {
    /// Builds the minimal site, breaks it with `change`, builds again, and returns the second
    /// report after checking that the output folder did not change.
    func failAfterGoodBuild(_ change: (TestSite) throws -> Void) throws -> BuildReport {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build().succeeded)
        let before = try site.outputFiles()
        #expect(!before.isEmpty)
        try change(site)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(try site.outputFiles() == before, "the failed build changed public/")
        return report
    }

    @Test func malformedFrontMatter() throws {
        let report = try failAfterGoodBuild { site in
            try site.write(
                "content/briefings/alpha.md", "---\ntitle: Alpha\nsummary: [unclosed\ndate: 2026-01-02\nthemes: [guarantees]\n---\nBody\n")
        }
        #expect(
            report.messages == [
                "content/briefings/alpha.md:3:10: error: invalid YAML: this list is not closed with ']', or lacks a ',' between items"
            ])
        #expect(report.failedStage == .parse)
    }

    @Test func everyProblemOfTheBuildAtOnce() throws {
        let report = try failAfterGoodBuild { site in
            try site.write("content/briefings/alpha.md", MinimalSite.briefing(title: "Alpha", themes: "[guarantes]"))
            try site.write("content/briefings/beta.md", MinimalSite.briefing(title: "Beta", body: "[gone](gone.md)\n"))
            try site.write("content/briefings/gamma.md", "no front-matter\n")
            try site.write("content/themes/next-steps.md", "---\ntitle: Next\n---\n")
            try site.write("templates/home.mustache", "{{#open}}")
        }
        #expect(
            report.messages == [
                "content/briefings/alpha.md:5:10: error: unknown theme 'guarantes' (did you mean 'guarantees'?)",
                "content/briefings/beta.md:7:1: error: link to 'gone.md': no such content file",
                "content/briefings/gamma.md:1:1: error: missing front-matter: the file must start with a '---' line, then YAML, then '---'",
                "content/themes/next-steps.md:1:1: error: missing required field 'summary'",
                "templates/home.mustache:1:1: error: this section 'open' is never closed: expected '{{/open}}'",
            ])
        #expect(report.failedStage == .load)
    }

    @Test func brokenSiteConfig() throws {
        let report = try failAfterGoodBuild { site in
            try site.write("site.yml", "title: [\n")
        }
        #expect(report.messages.count == 1)
        #expect(report.messages[0].hasPrefix("site.yml:2:1: error: invalid YAML:"))
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let site = try TestSite(MinimalSite.files)
        try site.write("content/themes/empty.md", MinimalSite.theme("Empty"))
        let relaxed = site.build()
        #expect(relaxed.succeeded)
        #expect(
            relaxed.messages == [
                "content/themes/empty.md:1:1: warning: theme 'empty' has no briefings",
                "content/themes/empty.md:1:1: warning: theme 'empty' is missing from the themes of site.yml; it is placed last",
            ])
        let before = try site.outputFiles()
        try site.write("content/briefings/alpha.md", MinimalSite.briefing(title: "Changed"))
        let strict = site.build(strict: true)
        #expect(!strict.succeeded)
        #expect(strict.failedStage == .index)
        #expect(try site.outputFiles() == before)
    }

    @Test func refusesAnOutputFolderThatHoldsTheSite() throws {
        let site = try TestSite(MinimalSite.files)
        for output in [site.root, site.root.deletingLastPathComponent()] {
            let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: output))
            #expect(!report.succeeded)
            #expect(report.messages.first?.contains("holds the site itself") == true)
        }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("out/.git"), withIntermediateDirectories: true)
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.root.appendingPathComponent("out")))
        #expect(report.messages.first?.contains("holds .git") == true)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("out/.git").path))
    }

    @Test func refusesOutputFoldersItDidNotWrite() throws {
        let site = try TestSite(MinimalSite.files)
        for inside in ["content", "content/briefings", "templates", "templates/assets"] {
            let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: site.root.appendingPathComponent(inside)))
            #expect(
                report.messages == [
                    "error: the output folder \(site.root.path)/\(inside) is inside the site's \(inside.split(separator: "/")[0])/; choose another --output"
                ])
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/briefings/alpha.md").path))
        let mine = site.root.appendingPathComponent("mine")
        try site.write("mine/notes.txt", "keep me")
        let refused = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: mine))
        #expect(!refused.succeeded)
        #expect(refused.messages.first?.contains("holds files that sitegen did not write") == true)
        #expect(try site.read("mine/notes.txt") == "keep me")
        let forced = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: mine, force: true))
        #expect(forced.succeeded)
        #expect(!FileManager.default.fileExists(atPath: mine.appendingPathComponent("notes.txt").path))
        #expect(
            SiteBuilder.build(BuildOptions(siteRoot: site.root, output: mine)).succeeded,
            "a folder sitegen wrote is replaced without --force")
    }
}
