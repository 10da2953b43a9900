import Foundation
import TestSupport
import Testing

@testable import SiteGenCore

/// Builds that die or cannot write: the previous public/ stays exactly as it was, and what a
/// killed build left behind is gone after the next one.
@Suite(.serialized, .timeLimit(.minutes(5))) struct FaultTests {
    /// A site big enough that a debug build takes a few seconds, long enough to be killed midway.
    static func largeSite(briefings: Int = 1_500) throws -> TestSite {
        var files = MinimalSite.files
        let body = String(repeating: "A paragraph of the briefing, long enough to take some time to render.\n\n", count: 20)
        for index in 0..<briefings {
            files["content/briefings/b-\(index).md"] = MinimalSite.briefing(title: "Briefing \(index)", body: body)
        }
        return try TestSite(files)
    }

    static func leftovers(in site: TestSite) throws -> [String] { try site.leftoverFolders() }

    /// Starts `sitegen build`, waits until it is writing pages into its staging folder, then
    /// sends `signal`; returns the exit status and stderr.
    static func buildKilled(_ site: TestSite, by signal: Int32) throws -> (Int32, String) {
        let process = try ChildProcess(sitegenExecutable.path, ["build", "--no-link-check"], in: site.root.path)
        let staging = site.root.appendingPathComponent(".public.tmp-\(process.pid)/briefings")
        let deadline = Date().addingTimeInterval(120)
        while process.wait(timeout: 0) == nil, Date() < deadline {
            if ((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).count > 10,
                FileManager.default.fileExists(atPath: staging.appendingPathComponent("b-1/index.html").path)
            {
                break
            }
            usleep(2_000)
        }
        #expect(process.wait(timeout: 0) == nil, "the build ended before it could be interrupted; make the site larger")
        process.signal(signal)
        let status = process.wait(timeout: commandTimeout)
        if status == nil {
            Issue.record("the build did not stop: \(StuckProgram.describe(process.pid))")
            process.signal(SIGKILL)
        }
        return (status?.code ?? -1, process.output.errors)
    }

    @Test func aBuildKilledMidwayLeavesThePreviousOutputAndTheNextBuildCleansUp() throws {
        let site = try Self.largeSite()
        #expect(site.build().succeeded)
        let before = try site.outputFiles()
        try site.write("content/briefings/b-0.md", MinimalSite.briefing(title: "Changed"))
        _ = try Self.buildKilled(site, by: SIGKILL)
        #expect(try site.outputFiles() == before)
        #expect(try Self.leftovers(in: site).count == 1, "SIGKILL leaves the staging folder")
        let next = site.build()
        #expect(next.succeeded)
        #expect(try Self.leftovers(in: site).isEmpty)
        #expect(try site.read("public/briefings/b-0/index.html").contains("Changed"))
    }

    @Test func anInterruptedBuildStopsRemovesItsWorkAndExitsWith130() throws {
        let site = try Self.largeSite()
        #expect(site.build().succeeded)
        let before = try site.outputFiles()
        let (status, stderr) = try Self.buildKilled(site, by: SIGINT)
        #expect(status == 130)
        #expect(stderr.contains("error: interrupted; the previous output is unchanged"), "\(stderr)")
        #expect(try site.outputFiles() == before)
        #expect(try Self.leftovers(in: site).isEmpty)
    }

    @Test func aFileSizeLimitIsAnErrorAndLosesNothing() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build().succeeded)
        let before = try site.outputFiles()
        // The briefing's page alone is over 64 KiB.
        try site.write(
            "content/briefings/alpha.md", MinimalSite.briefing(body: String(repeating: "Words and more words.\n\n", count: 4_000)))
        let result = try runShell("ulimit -f 128 && exec '\(sitegenExecutable.path)' build", in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(result.stderr.contains("the previous output is unchanged"))
        #expect(try site.outputFiles() == before)
        #expect(try Self.leftovers(in: site).isEmpty)
    }

    /// As root, permissions do not stop writes: the build runs as `nobody` then.
    @Test func aReadOnlyOutputFolderIsAnErrorAndLosesNothing() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build().succeeded)
        let before = try site.outputFiles()
        try site.write("content/briefings/alpha.md", MinimalSite.briefing(title: "Changed"))
        let command: String
        if getuid() == 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.root.path)
            command = "exec setpriv --reuid=65534 --regid=65534 --clear-groups '\(sitegenExecutable.path)' build"
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: site.root.path)
            command = "exec '\(sitegenExecutable.path)' build"
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.root.path) }
        let result = try runShell(command, in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("to build in: Permission denied; the previous output is unchanged"), "\(result.stderr)")
        #expect(result.stderr.contains("the previous output is unchanged"))
        #expect(try site.outputFiles() == before)
    }

    @Test func aBuildFailingAtItsLastStageLeavesThePreviousOutput() throws {
        // A broken link in a template fails the link check, the stage before the swap.
        let (report, _) = try buildAfterWriting(
            "templates/partials/footer.mustache", bytes: Array("<footer><a href=\"{{site.home}}nowhere/\">x</a></footer>\n".utf8))
        #expect(report.failedStage == .check)
    }
}

/// Runs a shell command in `directory` (killed after `commandTimeout`).
func runShell(_ command: String, in directory: URL) throws -> RunResult {
    try runWatched("/bin/sh", ["-c", command], in: directory)
}
