import Foundation
import TestSupport
import Testing

@testable import SiteGenCore

/// `sitegen serve` run as a user runs it, over real HTTP on 127.0.0.1.
@Suite(.serialized) struct ServeEndToEndTests {
    /// The `sitegen` that `swift test` built beside the tests.
    static let sitegen: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen")
        return FileManager.default.isExecutableFile(atPath: beside.path)
            ? beside.path : repositoryRoot.appendingPathComponent(".build/debug/sitegen").path
    }()

    /// The running server, its site and its output so far (guarded by a lock where threads share it).
    final class Server: @unchecked Sendable {
        let site: URL
        let process: ChildProcess
        private(set) var port = 0

        /// `prepare` may change the fixture site before the server starts.
        init(_ extraArguments: [String] = [], prepare: (URL) throws -> Void = { _ in }) throws {
            site = try makeFixtureSite()
            try prepare(site)
            // Killed if the test ends without stopping it (when it throws, say).
            process = try ChildProcess(ServeEndToEndTests.sitegen, ["serve", "--site", site.path, "--port", "0"] + extraArguments)
            guard let line = waitFor({ $0.contains("Serving at http://127.0.0.1:") }, timeout: 60),
                let port = line.components(separatedBy: "http://127.0.0.1:").last?.prefix(while: \.isNumber)
            else { throw CocoaError(.fileReadUnknown) }
            self.port = Int(port) ?? 0
        }

        /// What the server printed so far, on standard output then standard error.
        var log: String {
            let (output, errors) = process.output
            return output + errors
        }

        /// Waits until the output has a line for which `test` holds; returns the output so far.
        func waitFor(_ test: (String) -> Bool, timeout: Double) -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                let current = log
                if test(current) { return current }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return nil
        }

        /// Fetches a path until `test` holds for the response (or time runs out); returns the last.
        func fetch(
            _ path: String, until test: (HTTPProbe.Response) -> Bool = { _ in true }, timeout: Double = 10
        ) throws -> HTTPProbe.Response {
            let deadline = Date().addingTimeInterval(timeout)
            var response = try HTTPProbe.get(port: port, path: path)
            while !test(response), Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
                response = try HTTPProbe.get(port: port, path: path)
            }
            return response
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = site.appendingPathComponent(path)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }

        /// Ctrl-C, then its exit status; -1 when it does not stop within 30 s (it is killed then).
        func stop() -> Int32 {
            process.signal(SIGINT)
            let status = process.wait(timeout: 30)
            if status == nil {
                Issue.record("sitegen serve did not stop on Ctrl-C: \(StuckProgram.describe(process.pid))")
                process.signal(SIGKILL)
                process.wait(timeout: 10)
            }
            try? FileManager.default.removeItem(at: site)
            return status?.code ?? -1
        }
    }

    @Test func editsAreServedAndBrowsersAreToldToReload() throws {
        let server = try Server()
        #expect(server.log.contains("Serving at http://127.0.0.1:\(server.port)/ukraine/ "), "at the site's own base path")
        #expect(try server.fetch("/ukraine/").status == 200)
        #expect(
            try server.fetch("/ukraine/feed.xml").body.contains(
                "<link rel=\"self\" type=\"application/atom+xml\" href=\"http://127.0.0.1:\(server.port)/ukraine/feed.xml\"/>"))
        let page = "/ukraine/briefings/second-take/"
        #expect(try server.fetch(page).body.contains("Second take"))
        let reloaded = try HTTPProbe.waitForEvent(port: server.port, "reload", timeout: 10) {
            try server.edit("content/briefings/second-take.md") { $0 + "\nA sentence added while serving.\n" }
        }
        #expect(reloaded, "no reload event after an edit")
        let updated = try server.fetch(page) { $0.body.contains("A sentence added while serving.") }
        #expect(updated.body.contains("A sentence added while serving."))
        // The line is printed after the reload is sent, and read from the pipe later still.
        #expect(server.waitFor({ $0.contains("content/briefings/second-take.md changed: rebuilt") }, timeout: 10) != nil)
        try server.edit("content/briefings/second-take.md") { $0 + "\nKyiv, named anew.\n" }
        let data = try server.fetch("/ukraine/xref.json") { $0.body.contains("\"after\":\", named anew.\"") }
        #expect(data.body.contains("\"after\":\", named anew.\""), "xref.json is brought up to date when it is asked for")
        #expect(server.stop() == 0)
    }

    @Test func brokenFrontMatterShowsTheErrorUntilMended() throws {
        let server = try Server()
        let page = "/ukraine/briefings/second-take/"
        try server.edit("content/briefings/second-take.md") { $0.replacingOccurrences(of: "title: Second take", with: "title: [unclosed") }
        let broken = try server.fetch(page) { $0.status == 500 }
        #expect(broken.status == 500)
        #expect(broken.body.contains("content/briefings/second-take.md:2:8: error: invalid YAML"))
        try server.edit("content/briefings/second-take.md") {
            $0.replacingOccurrences(of: "title: [unclosed", with: "title: Second take, mended")
        }
        let mended = try server.fetch(page) { $0.status == 200 }
        #expect(mended.status == 200)
        #expect(mended.body.contains("Second take, mended"))
        #expect(server.stop() == 0)
    }

    @Test func refusesForeignHostsAndPathsOutside() throws {
        let server = try Server()
        #expect(try HTTPProbe.get(port: server.port, path: "/", host: "evil.example").status == 403)
        #expect(try HTTPProbe.get(port: server.port, path: "/ukraine/", host: "localhost:\(server.port)").status == 200)
        #expect(try HTTPProbe.get(port: server.port, path: "/../../../../etc/passwd").status == 404, "outside the site's path")
        for escape in ["/ukraine/../../../../etc/passwd", "/ukraine/%2e%2e/%2e%2e/etc/passwd"] {
            #expect(try HTTPProbe.get(port: server.port, path: escape).status == 400, "\(escape) is refused")
        }
        #expect(try HTTPProbe.get(port: server.port, path: "/", method: "DELETE").status == 405)
        #expect(server.stop() == 0)
    }

    /// A port another program holds is named as taken, with the way out, before anything is built.
    @Test func aTakenPortIsSaidToBeTaken() throws {
        let server = try Server()
        let second = try ChildProcess(Self.sitegen, ["serve", "--site", server.site.path, "--port", String(server.port)])
        let status = second.wait(timeout: 60)
        #expect(status?.code == 1)
        #expect(
            second.output.1
                == "error: port \(server.port) on 127.0.0.1 is taken by another program: stop it, or choose another port (--port 0 picks a free one)\n"
        )
        #expect(second.output.0.isEmpty, "nothing was built: \(second.output.0)")
        #expect(server.stop() == 0)
    }

    /// Ctrl-C while the first build of a larger site runs is not lost: the server stops and
    /// serves nothing (it used to build on and serve until a second Ctrl-C).
    @Test func ctrlCDuringTheFirstBuildStopsWithoutServing() throws {
        let site = try makeFixtureSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let body = String(repeating: "A paragraph long enough to take some time to render, naming Kyiv.\n\n", count: 20)
        for index in 0..<400 {
            let text = "---\ntitle: Briefing \(index)\nsummary: One of many.\ndate: 2026-01-02\nthemes: [guarantees]\n---\n\(body)"
            try text.write(to: site.appendingPathComponent("content/briefings/b-\(index).md"), atomically: false, encoding: .utf8)
        }
        let process = try ChildProcess(Self.sitegen, ["serve", "--site", site.path, "--port", "0"])
        let temporary = FileManager.default.temporaryDirectory.path
        let building = Date().addingTimeInterval(60)
        while Date() < building,
            !((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []).contains(where: {
                $0.hasPrefix("sitegen-serve-\(process.pid)-")
            })
        {
            usleep(5_000)
        }
        process.signal(SIGINT)
        let status = process.wait(timeout: 120)
        if status == nil {
            Issue.record("sitegen serve did not stop: \(StuckProgram.describe(process.pid))")
            process.signal(SIGKILL)
        }
        let (output, errors) = process.output
        #expect(status == .exited(0), "\(output)\(errors)")
        #expect(output.contains("stopped before the first build was done"), "\(output)")
        #expect(!output.contains("Serving at"))
    }

    @Test func ctrlCStopsCleanlyAndRemovesThePreviewFolder() throws {
        let server = try Server()
        let folders = {
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter {
                $0.hasPrefix("sitegen-serve-\(server.process.pid)-")
            }
        }
        #expect(try folders().count == 1)
        // With a browser listening, which must not keep the server from stopping.
        let listening = Thread { _ = try? HTTPProbe.waitForEvent(port: server.port, "never", timeout: 20) {} }
        listening.start()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(server.stop() == 0)
        #expect(try folders().isEmpty)
    }
}
