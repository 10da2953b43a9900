import Foundation
import Testing

@testable import SiteGenCore

/// The README's path for a new user, step by step, as one would type it: `sitegen init`,
/// `sitegen new briefing`, `sitegen serve`, `sitegen check`, `sitegen publish`. With the binary
/// `swift test` built, and in `make install-check` with the installed one (`SITEGEN_INSTALLED`),
/// run with nothing but /usr/bin and /bin on the path.
@Suite(.serialized) struct NewUserJourneyTests {
    static let binary = ProcessInfo.processInfo.environment["SITEGEN_INSTALLED"] ?? ServeEndToEndTests.sitegen

    /// Runs the binary in `folder` to its end; its exit code and what it printed.
    static func run(_ arguments: [String], in folder: URL) throws -> (code: Int32?, output: String, errors: String) {
        let environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1796212800"]
        let process = try ChildProcess(binary, arguments, in: folder.path, environment: environment)
        let status = process.wait(timeout: 120)
        let (output, errors) = process.output
        return (status?.code, output, errors)
    }

    @Test func initNewServeCheckAndPublish() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-journey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let site = home.appendingPathComponent("mysite")

        let initialised = try Self.run(["init", "mysite"], in: home)
        #expect(initialised.code == 0, "\(initialised.errors)")
        #expect(initialised.output.contains("sitegen new briefing \"A title\""), "it prints the next steps")

        let new = try Self.run(["new", "briefing", "Talks resume in Paris"], in: site)
        #expect(new.code == 0, "\(new.errors)")
        let file = site.appendingPathComponent("content/briefings/talks-resume-in-paris.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("date: 2026-12-02"), "today, from SOURCE_DATE_EPOCH")
        #expect(text.contains("draft: true"))
        #expect(try Self.run(["new", "briefing", "Talks resume in Paris"], in: site).code == 1, "it never overwrites")

        // The preview shows the draft.
        let serve = try ChildProcess(
            Self.binary, ["serve", "--port", "0", "--no-live-reload"], in: site.path,
            environment: ["PATH": "/usr/bin:/bin", "HOME": home.path, "NO_COLOR": "1"])
        var port = 0
        let deadline = Date().addingTimeInterval(60)
        while port == 0, Date() < deadline {
            if let line = serve.output.output.split(separator: "\n").first(where: { $0.contains("Serving at http://127.0.0.1:") }) {
                port = Int(line.components(separatedBy: "127.0.0.1:")[1].prefix(while: \.isNumber)) ?? 0
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(port > 0, "\(serve.output)")
        if port > 0 {
            let page = try HTTPProbe.get(port: port, path: "/briefings/talks-resume-in-paris/")
            #expect(page.status == 200)
            #expect(page.body.contains("<title>Talks resume in Paris · "), "the draft, in the preview")
        }
        serve.signal(SIGINT)
        #expect(serve.wait(timeout: 30)?.code == 0)

        // Written, the briefing is published.
        try text.replacingOccurrences(of: "draft: true\n", with: "").write(to: file, atomically: true, encoding: .utf8)
        let checked = try Self.run(["check"], in: site)
        #expect(checked.code == 0, "\(checked.errors)")
        #expect(checked.output == "No errors in 14 pages and their links; 1 warning above.\n")
        #expect(
            checked.errors
                == "content/briefings/talks-resume-in-paris.md:1:1: warning: briefing 'talks-resume-in-paris' cites no source: cite what it draws on with [@id] (a file of content/sources/)\n",
            "the one thing left to do, said at its file")
        let docroot = home.appendingPathComponent("docroot")
        let published = try Self.run(["publish", "--to", docroot.path], in: site)
        #expect(published.code == 0, "\(published.errors)")
        #expect(FileManager.default.fileExists(atPath: docroot.appendingPathComponent("briefings/talks-resume-in-paris/index.html").path))
        #expect(FileManager.default.fileExists(atPath: docroot.appendingPathComponent("index.html").path))
        let again = try Self.run(["publish", "--to", docroot.path], in: site)
        #expect(again.code == 0)
        #expect(again.output == "Nothing to publish: \(docroot.path) already has this site.\n")
    }
}
