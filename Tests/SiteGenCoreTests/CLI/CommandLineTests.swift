import Foundation
import Testing

/// The `sitegen` executable: exit codes, messages and options, run as a user would.
@Suite struct CommandLineTests {
    @Test func buildsAndSummarises() throws {
        let site = try TestSite(MinimalSite.files)
        let result = try runSitegen(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Built 7 pages (8 files) in "))
        #expect(result.stdout.hasSuffix(" s → public/\n"))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/index.html").path))
    }

    @Test func contentErrorsExitWithOneAndNamePathsFromTheCurrentFolder() throws {
        let site = try TestSite(MinimalSite.files)
        try site.write("content/briefings/alpha.md", MinimalSite.briefing(themes: "[guarantes, next-steps]"))
        let result = try runSitegen(["build", "--site", site.root.lastPathComponent], in: site.root.deletingLastPathComponent())
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let name = site.root.lastPathComponent
        #expect(
            result.stderr == """
                \(name)/content/briefings/alpha.md:5:10: error: unknown theme 'guarantes' (did you mean 'guarantees'?)
                error: build failed at the index stage with 1 error; \(name)/public/ was left as it was

                """)
    }

    @Test func warningsAreCountedAndFailWithStrict() throws {
        let site = try TestSite(MinimalSite.files)
        try site.write(
            "content/briefings/alpha.md",
            MinimalSite.briefing(themes: "[guarantees, next-steps]").replacingOccurrences(of: "date:", with: "colour: red\ndate:"))
        let relaxed = try runSitegen(["build"], in: site.root)
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr == "content/briefings/alpha.md:4:1: warning: unknown field 'colour'\n")
        #expect(relaxed.stdout.hasSuffix(" s → public/ with 1 warning\n"))
        let strict = try runSitegen(["build", "--strict"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: build failed at the parse stage with 0 errors (warnings with --strict)"))
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
    }

    @Test func versionAndHelp() throws {
        let site = try TestSite([:], templates: false)
        let version = try runSitegen(["--version"], in: site.root)
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
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
        #expect(result.stdout.hasSuffix(" s → out/\n"))
        let home = try site.read("out/index.html")
        #expect(home.contains("href=\"/preview/briefings/\""))
    }
}
