import Foundation
import Testing

@testable import SiteGenCore

/// Names that would lead outside the output folder or collide: errors naming the files; links
/// that lead outside the site: never read.
@Suite struct PathHardeningTests {
    /// File names whose id (the page's URL) would be unsafe or ambiguous. A name cannot hold `/`
    /// or NUL on disk; those are refused by the id rule (`ContentIDTests`) and the writer. Names
    /// that start with '.' (`..%2f.md`) are hidden files, which sitegen never reads.
    static let badNames = ["x..%2f..%2fetc.md", "%2e%2e.md", "back\\slash.md", "c:drive.md", "Upper.md", "caf\u{E9}.md", "a b.md", "-x.md"]

    @Test(arguments: badNames) func unsafeIDsAreErrors(_ name: String) throws {
        let (report, _) = try buildAfterWriting("content/briefings/\(name)", bytes: Array(frontMatter().utf8))
        #expect(!report.succeeded)
        #expect(
            report.messages.first?.hasPrefix(
                "content/briefings/\(name):1:1: error: '\(name)' is not a valid file name: use lowercase a–z, 0–9 and '-' only")
                == true, "\(report.messages)")
    }

    @Test func everyOutputPathStaysInsideTheOutputFolder() {
        for path in ["../x", "/etc/x", "a/../../x", "a/./b", "", "a//b", "a\0b", "..", ".", "a/..", "a/.", "a/", "/", "x\0"] {
            #expect(!OutputWriter.isSafe(path), "\(path)")
        }
        for path in ["briefings/a/index.html", "...", "a/.../b", ".well-known/x", "a/.b", "a/..b", "b..", "x"] {
            #expect(OutputWriter.isSafe(path), "\(path)")
        }
    }

    static let collisions: [(String, String, String)] = [
        ("static/index.html", "<p>x</p>", "static/index.html:1:1: error: this file would replace the page /; rename, move or remove it"),
        (
            "static/Index.HTML", "<p>x</p>",
            "static/Index.HTML:1:1: error: this file would replace the page / (their paths differ only in letter case or Unicode normalisation); rename, move or remove it"
        ),
        (
            "static/Briefings/alpha/index.html", "<p>x</p>",
            "static/Briefings/alpha/index.html:1:1: error: this file would replace the page /briefings/alpha/ (their paths differ only in letter case or Unicode normalisation); rename, move or remove it"
        ),
        (
            "static/xref.json", "{}",
            "static/xref.json:1:1: error: this file would replace the generated xref.json; rename, move or remove it"
        ),
        (
            "static/themes/guarantees/feed.xml", "<feed/>",
            "static/themes/guarantees/feed.xml:1:1: error: this file would replace the generated themes/guarantees/feed.xml; rename, move or remove it"
        ),
        (
            "static/Assets/x.css", "",
            "static/Assets/x.css:1:1: error: assets/ is kept for templates/assets/; move this file elsewhere in static/"
        ),
    ]

    @Test(arguments: collisions.map(\.0)) func twoSourcesForOneOutputFileAreAnError(_ path: String) throws {
        let (_, text, expected) = try #require(Self.collisions.first { $0.0 == path })
        let (report, _) = try buildAfterWriting(path, bytes: Array(text.utf8))
        #expect(!report.succeeded)
        #expect(report.messages == [expected])
    }

    @Test func staticFilesThatDifferOnlyInNormalisationAreAnErrorNamingBoth() throws {
        let site = try TestSite(MinimalSite.files)
        // Written with open(2): Foundation's file APIs may normalise the name.
        for (name, text) in [("caf\u{E9}.txt", "composed"), ("cafe\u{301}.txt", "decomposed")] {
            try site.write("static/placeholder", "")
            let path = site.root.appendingPathComponent("static").path + "/" + name
            let file = try #require(fopen(path, "w"))
            fputs(text, file)
            fclose(file)
        }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("static/placeholder"))
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.messages.count == 1)
        let message = try #require(report.messages.first)
        #expect(message.contains("have the same name written in two Unicode forms"), "\(message)")
    }

    @Test(arguments: ["content/briefings/evil.md", "templates/partials/evil.mustache", "static/evil.txt", "templates/assets/evil.css"])
    func aSymlinkLeadingOutsideTheSiteIsAnErrorAndNeverRead(_ path: String) throws {
        let site = try TestSite(MinimalSite.files)
        let secret = site.root.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).md")
        try Data(frontMatter(body: "TOP-SECRET\n").utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let link = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: secret)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.messages.contains("\(path):1:1: error: symbolic link leads outside the site folder; it is not read"))
        for (name, bytes) in (try? site.outputFiles()) ?? [:] {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("TOP-SECRET"), "\(name)")
        }
    }
}
