import Foundation
import Testing

@testable import SiteGenCore

/// The `sitegen` executable: exit codes, messages and options, run as a user would.
@Suite struct CommandLineTests {
    @Test func buildsAndSummarises() throws {
        let site = try TestSite(MinimalSite.files)
        let result = try runSitegen(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.problems == "")
        #expect(
            result.stdout.hasPrefix("Built 12 pages (23 files) in "),
            "with the favicon, feed.json and two themes' feeds; no robots.txt: the site is under a sub-path")
        #expect(result.stdout.hasSuffix(" s → public/\n"))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/index.html").path))
    }

    @Test func timingsNameEveryStepWithItsPeakMemory() throws {
        let site = try TestSite(MinimalSite.files)
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root))
        #expect(report.timings.steps.map(\.step) == [.load, .parse, .index, .staging, .pages, .swap])
        #expect(report.timings.steps.allSatisfy { $0.measure.seconds >= 0 && ($0.measure.peakBytes ?? 0) > 1_048_576 })
        #expect(report.timings.pageThreads.render > 0 && report.timings.dataFileThreads > 0)
        // `check` writes nothing, so nothing is swapped.
        let check = SiteBuilder.build(BuildOptions(siteRoot: site.root, write: false))
        #expect(check.timings.steps.map(\.step) == [.load, .parse, .index, .staging, .pages])
        let line = try runSitegen(["build", "--timings"], in: site.root).stdout.split(separator: "\n").first.map(String.init) ?? ""
        for step in ["load ", "; parse ", "; index ", "; staging ", "; pages ", "; swap ", " MiB", "check ", "data files "] {
            #expect(line.contains(step), "\(step) in: \(line)")
        }
    }

    @Test func contentErrorsExitWithOneAndNamePathsFromTheCurrentFolder() throws {
        let site = try TestSite(MinimalSite.files)
        try site.write("content/briefings/alpha.md", MinimalSite.briefing(themes: "[guarantes, next-steps]"))
        let result = try runSitegen(["build", "--site", site.root.lastPathComponent], in: site.root.deletingLastPathComponent())
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let name = site.root.lastPathComponent
        #expect(
            result.problems == """
                \(name)/content/briefings/alpha.md:5:10: error: unknown theme 'guarantes' (did you mean 'guarantees'?)
                error: build failed: 1 error (index: 1); \(name)/public/ was left as it was

                """)
    }

    @Test func warningsAreCountedAndFailWithStrict() throws {
        let site = try TestSite(MinimalSite.files)
        try site.write(
            "content/briefings/alpha.md",
            MinimalSite.briefing(themes: "[guarantees, next-steps]").replacingOccurrences(of: "date:", with: "colour: red\ndate:"))
        let relaxed = try runSitegen(["build"], in: site.root)
        #expect(relaxed.status == 0)
        #expect(relaxed.problems == "content/briefings/alpha.md:4:1: warning: unknown field 'colour'\n")
        #expect(relaxed.stdout.hasSuffix(" s → public/ with 1 warning\n"))
        let strict = try runSitegen(["build", "--strict"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.hasSuffix("error: build failed: 1 warning treated as an error (--strict); public/ was left as it was\n"))
    }

    @Test func notesAnOldCmarkOnlyAtALargeFileAndInTheVersion() throws {
        let site = try TestSite(MinimalSite.files)
        let small = try runSitegen(["build", "--strict"], in: site.root)
        #expect(small.status == 0)
        #expect(!small.stderr.contains("cmark"))
        // Over half the 256 KiB cap: the file at risk gets the note, and a strict build still passes.
        let paragraph = String(repeating: "A long line of briefing text. ", count: 40) + "\n\n"
        try site.write(
            "content/briefings/alpha.md",
            MinimalSite.briefing(title: "Alpha", themes: "[guarantees, next-steps]", body: String(repeating: paragraph, count: 120)))
        let large = try runSitegen(["build", "--strict"], in: site.root)
        #expect(large.status == 0)
        let notes = large.stderr.split(separator: "\n").filter { $0.contains("cmark") }
        if CommonMark.isOutdated {
            #expect(notes.count == 1)
            #expect(
                notes.first?.hasPrefix("content/briefings/alpha.md:1:1: note: the file is 141 KiB, over half the limit of 256 KiB:")
                    == true, "\(notes)")
        } else {
            #expect(notes.isEmpty)
        }
        let version = try runSitegen(["--version"], in: site.root)
        #expect(version.stdout.contains(" (cmark \(CommonMark.version)"))
        #expect(version.stdout.contains("CVE-2023-22484") == CommonMark.isOutdated)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let site = try TestSite(MinimalSite.files)
        let unknownOption = try runSitegen(["build", "--bogus"], in: site.root)
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("Unknown option '--bogus'"))
        let missingSite = try runSitegen(["build", "--site", "nowhere"], in: site.root)
        #expect(missingSite.status == 2)
        #expect(missingSite.stderr.contains("no such site folder: nowhere"))
        let unknownCommand = try runSitegen(["deploy"], in: site.root)
        #expect(unknownCommand.status == 2)
        let badBaseURL = try runSitegen(["build", "--base-url", "ftp://x/"], in: site.root)
        #expect(badBaseURL.status == 2)
        #expect(badBaseURL.stderr.contains("--base-url takes an http(s) URL"))
        let siteIsAFile = try runSitegen(["build", "--site", "site.yml"], in: site.root)
        #expect(siteIsAFile.status == 2)
        #expect(siteIsAFile.stderr.contains("--site takes the site folder, and site.yml is a file"))
        let notASite = try runSitegen(["build", "--site", "content"], in: site.root)
        #expect(notASite.status == 2)
        #expect(notASite.stderr.contains("content is not a sitegen site: it has no site.yml"))
        #expect(notASite.stderr.contains("Usage: sitegen build [--site <dir>]"))
        #expect(notASite.stderr.contains("See 'sitegen build --help' for more information."))
        #expect(notASite.stderr.components(separatedBy: "Error:").count == 2, "one error: \(notASite.stderr)")
        // Outside a site, a mistyped option is what is reported, not the missing site.
        for command in [["build"], ["check"], ["serve"], ["publish", "--to", "out"], ["new", "briefing", "A title"]] {
            let typo = try runSitegen(command + ["--sourc", "x"], in: site.root.appendingPathComponent("content"))
            #expect(typo.status == 2)
            #expect(typo.stderr.contains("Unknown option '--sourc'"), "\(command): \(typo.stderr)")
        }
    }

    @Test func themeListAndEject() throws {
        let site = try TestSite(MinimalSite.files.merging(["templates/partials/footer.mustache": "<footer></footer>\n"]) { $1 })
        let list = try runSitegen(["theme", "list"], in: site.root)
        #expect(list.status == 0)
        #expect(list.stdout.contains("templates/partials/footer.mustache  (the site's own)\n"))
        #expect(list.stdout.contains("templates/base.mustache\n"))
        let eject = try runSitegen(["theme", "eject"], in: site.root)
        #expect(eject.status == 0)
        #expect(eject.stdout.contains("wrote templates/base.mustache\n"))
        #expect(!eject.stdout.contains("wrote templates/partials/footer.mustache"))
        #expect(eject.stdout.contains("kept 1 file already in templates (--force replaces them)"))
        #expect(try site.read("templates/partials/footer.mustache") == "<footer></footer>\n")
        let elsewhere = try runSitegen(["theme", "eject", "copy"], in: site.root)
        #expect(elsewhere.stdout.contains("wrote copy/assets/style.css\n"))
        #expect(try site.read("copy/assets/style.css") == site.builtin("templates/assets/style.css"))
    }

    @Test func versionAndHelp() throws {
        let site = try TestSite([:])
        let version = try runSitegen(["--version"], in: site.root)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0.1.0 (cmark \(CommonMark.version)"))
        let help = try runSitegen(["build", "--help"], in: site.root)
        #expect(help.status == 0)
        for option in ["--site", "--output", "--drafts", "--strict", "--base-url"] {
            #expect(help.stdout.contains(option))
        }
    }

    @Test func outputAndBaseURLOptions() throws {
        let site = try TestSite(MinimalSite.files)
        let result = try runSitegen(["build", "--output", "out", "--base-url", "/preview/", "--drafts"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(" s → out/ with 1 warning\n"), "a base URL that is only a path leaves the feeds out")
        let home = try site.read("out/index.html")
        #expect(home.contains("href=\"/preview/briefings/\""))
    }
}
