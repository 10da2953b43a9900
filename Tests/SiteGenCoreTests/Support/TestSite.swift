import Foundation
import Testing

@testable import SiteGenCore

/// The repository's root folder, found from this file's place in it.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A site in a fresh temporary folder, removed when the test ends.
final class TestSite {
    let root: URL

    /// A site with these files (path → text), which uses the built-in theme.
    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// A copy of a fixture site under `Tests/Fixtures/`.
    convenience init(fixture name: String) throws {
        try self.init()
        let source = repositoryRoot.appendingPathComponent("Tests/Fixtures/\(name)")
        for entry in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(entry), to: root.appendingPathComponent(entry))
        }
    }

    /// What a build of the fixture `basic-site` says: its body holds a `<script>` on purpose, to
    /// prove safe mode drops it, and safe mode says so at that line.
    static let basicSiteMessages = [
        "content/briefings/first-look.md:38:1: warning: raw HTML is left out of the page in safe mode: write it in Markdown, or set 'unsafe_html: true' under 'markdown:' in site.yml if every writer is trusted"
    ]

    deinit { try? FileManager.default.removeItem(at: root) }

    var output: URL { root.appendingPathComponent("public") }

    /// Folders a build left beside the output: staging or moved-aside outputs (the spare is kept
    /// on purpose), sorted.
    func leftoverFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public.") && $0 != ".public.spare" }.sorted()
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The text of a file of the built-in theme, by its site-relative path, to override it.
    func builtin(_ path: String) throws -> String {
        let file = try #require(BuiltinTheme.files.first { $0.path == path }, "no built-in \(path)")
        return String(decoding: file.bytes, as: UTF8.self)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func build(drafts: Bool = false, strict: Bool = false, baseURL: String? = nil) -> BuildReport {
        SiteBuilder.build(BuildOptions(siteRoot: root, includeDrafts: drafts, strict: strict, baseURL: baseURL))
    }

    /// Every file under the output folder, path → bytes.
    func outputFiles() throws -> [String: [UInt8]] {
        try Self.files(under: output)
    }

    static func files(under folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = [UInt8](try Data(contentsOf: url))
            }
        }
        return files
    }
}

/// A minimal valid site: config, two themes, two briefings.
enum MinimalSite {
    static let config = """
        title: Test site
        description: A test.
        base_url: https://example.org/sub/
        themes: [guarantees, next-steps]
        """

    static func theme(_ title: String) -> String {
        "---\ntitle: \(title)\nsummary: About \(title).\n---\nIntro.\n"
    }

    static func briefing(
        title: String = "A briefing", date: String = "2026-01-02", themes: String = "[guarantees]", body: String = "Body text.\n"
    ) -> String {
        "---\ntitle: \(title)\nsummary: Summary of \(title).\ndate: \(date)\nthemes: \(themes)\n---\n\(body)"
    }

    static var files: [String: String] {
        [
            "site.yml": config,
            "content/themes/guarantees.md": theme("Guarantees"),
            "content/themes/next-steps.md": theme("Next steps"),
            "content/briefings/alpha.md": briefing(title: "Alpha", themes: "[guarantees, next-steps]"),
            "content/briefings/beta.md": briefing(title: "Beta", date: "2026-01-03", body: "See [alpha](alpha.md).\n"),
        ]
    }
}

extension BuildReport {
    /// The problems as printed, one string each; notes (such as the one about an old cmark,
    /// which depends on the machine) left out.
    var messages: [String] { diagnostics.filter { $0.severity != .note }.map(\.description) }
}
