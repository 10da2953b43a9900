import Foundation
import Testing

@testable import SiteGenCore

/// One bad input and what sitegen must answer: the first problem it prints, exactly.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    /// The first problem of the build, as printed; nil when the file must build normally.
    var expected: String?

    init(_ name: String, _ text: String, _ expected: String?) {
        self.init(name, bytes: Array(text.utf8), expected)
    }

    init(_ name: String, bytes: [UInt8], _ expected: String?) {
        self.name = name
        self.bytes = bytes
        self.expected = expected
    }

    var testDescription: String { name }
}

/// The minimal site, built once; then `file` is written at `path` and the site built again. A
/// failed build must leave the first build's output exactly as it was.
func buildAfterWriting(_ path: String, bytes: [UInt8], config: String = MinimalSite.config) throws -> (BuildReport, TestSite) {
    let site = try TestSite(MinimalSite.files.merging(["site.yml": config]) { $1 })
    let first = site.build()
    try #require(first.succeeded, "the minimal site builds: \(first.messages)")
    let before = try site.outputFiles()
    try site.write(path, bytes: bytes)
    let report = site.build()
    if !report.succeeded {
        #expect(try site.outputFiles() == before, "a failed build leaves public/ as it was")
        let leftovers = try site.leftoverFolders()
        #expect(leftovers.isEmpty, "a failed build leaves no staging folder: \(leftovers)")
    }
    return (report, site)
}

/// Checks one bad briefing: its first problem, and that the build fails on an error.
func expectBriefing(_ input: BadInput) throws {
    let (report, _) = try buildAfterWriting("content/briefings/bad.md", bytes: input.bytes)
    guard let expected = input.expected else {
        #expect(report.succeeded, "\(report.messages)")
        return
    }
    #expect(report.messages.first == expected)
    #expect(report.succeeded == !expected.contains(": error: "))
}

/// A valid front-matter block with `field` added after its first line.
func frontMatter(adding field: String = "", body: String = "Body.\n") -> String {
    "---\ntitle: Bad\n\(field)summary: A summary.\ndate: 2026-01-05\nthemes: [guarantees]\n---\n\(body)"
}
