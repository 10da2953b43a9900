import Foundation
import Testing

@testable import SiteGenCore

/// Edits at the edges of what re-indexing one briefing can do: each must end as a full build of
/// the edited site would, and a failed rebuild must keep the last good index.
@Suite struct IncrementalEdgeTests {
    static func parse(_ text: String, path: String) throws -> Briefing {
        let id = String(path.split(separator: "/").last!.dropLast(3))
        let file = try FrontMatterSplitter.split(text, path: path, kind: .briefing, id: id).get()
        return try #require(BriefingParser.parse(file, config: MarkdownOptions()).0)
    }

    /// A briefing that renames a heading its own body links to: the full index reports the broken
    /// self-link, so the re-index must not succeed (it once resolved against the old headings).
    @Test func selfLinkToRemovedHeading() throws {
        var files = MinimalSite.files
        let path = "content/briefings/alpha.md"
        files[path] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "## Part\n\nSee [here](alpha.md#part).\n")
        let (index, before) = try indexSite(files)
        #expect(before.filter { $0.contains("error") }.isEmpty)
        files[path] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "## Piece\n\nSee [here](alpha.md#part).\n")
        let (_, after) = try indexSite(files)
        let errors = after.filter { $0.contains("error") }
        #expect(!errors.isEmpty, "full index: \(errors)")
        var quick = index
        let pages = quick.reindex(try Self.parse(files[path]!, path: path), linkFirstMention: true)
        #expect(pages == nil, "reindex succeeded although the full index reports \(errors)")
    }

    /// A theme with more members than a briefing page shows: its pages say "All N briefings".
    /// The oldest member leaves the theme; every member's page must now say N - 1.
    @Test func themeCountOnMembersPages() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = nil
        files["content/briefings/beta.md"] = nil
        for n in 0..<8 {
            files["content/briefings/b\(n).md"] = MinimalSite.briefing(title: "B\(n)", date: "2026-01-1\(n)", themes: "[guarantees]")
        }
        files["content/briefings/other.md"] = MinimalSite.briefing(title: "Other", date: "2026-02-01", themes: "[next-steps]")
        let site = try TestSite(files)
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview))
        #expect(builder.build().succeeded)
        let path = "content/briefings/b0.md"
        try site.write(path, try site.read(path).replacingOccurrences(of: "themes: [guarantees]", with: "themes: [next-steps]"))
        let report = builder.rebuild(changed: [path])
        #expect(report.succeeded && !report.indexedWholeSite)
        let fresh = site.root.appendingPathComponent(".fresh")
        #expect(IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh)).build().succeeded)
        let expected = try TestSite.files(under: fresh), actual = try TestSite.files(under: preview)
        for (file, bytes) in expected.sorted(by: { $0.key < $1.key }) where actual[file] != bytes {
            Issue.record(
                "\(file) differs from a fresh build: \(String(decoding: actual[file] ?? [], as: UTF8.self).components(separatedBy: "\n").filter { $0.contains("class=\"more\"") }) vs \(String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n").filter { $0.contains("class=\"more\"") })"
            )
        }
    }

    /// A rebuild that fails past the re-index (here: the link check) keeps the last good index, and
    /// a briefing deleted meanwhile leaves the output.
    @Test func failedPatchDropsTheShownIndex() throws {
        let site = try TestSite(fixture: "basic-site")
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview))
        #expect(builder.build().succeeded)
        let path = "content/briefings/second-take.md"
        let good = try site.read(path)
        try site.write(path, good + "\n[gone](/ukraine/nowhere/)\n")
        #expect(!builder.rebuild(changed: [path]).succeeded)
        #expect(builder.index != nil, "the last good index is gone")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/briefings/windows-file.md"))
        _ = builder.rebuild(changed: ["content/briefings/windows-file.md"])
        try site.write(path, good)
        #expect(builder.rebuild(changed: [path]).succeeded)
        let fresh = site.root.appendingPathComponent(".fresh")
        #expect(IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh)).build().succeeded)
        let expected = try TestSite.files(under: fresh), actual = try TestSite.files(under: preview)
        #expect(actual.keys.sorted() == expected.keys.sorted(), "extra: \(Set(actual.keys).subtracting(expected.keys).sorted())")
    }

    /// A root-relative link from another briefing into a heading: a fresh build rejects the rename
    /// of that heading, and so must the preview (onRequest, as `sitegen serve` runs it), which
    /// renders neither the book nor the linking page again.
    @Test func rootRelativeLinkIntoRenamedHeading() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "## Part\n\nText.\n")
        files["content/briefings/beta.md"] = MinimalSite.briefing(
            title: "Beta", date: "2026-01-03", body: "See [part](/sub/briefings/alpha/#part).\n")
        let site = try TestSite(files)
        let builder = IncrementalBuilder(
            options: .init(siteRoot: site.root, output: site.root.appendingPathComponent(".preview"), onRequest: true))
        #expect(builder.build().succeeded)
        let path = "content/briefings/alpha.md"
        try site.write(path, try site.read(path).replacingOccurrences(of: "## Part", with: "## Piece"))
        let quick = builder.rebuild(changed: [path])
        let full = IncrementalBuilder(
            options: .init(siteRoot: site.root, output: site.root.appendingPathComponent(".fresh"), onRequest: true)
        ).build()
        #expect(quick.succeeded == full.succeeded, "preview: \(quick.succeeded), fresh build: \(full.errors.map(\.description))")
    }
}

extension IncrementalEdgeTests {
    @Test func selfLinkThroughTheBuilder() throws {
        var files = MinimalSite.files
        let path = "content/briefings/alpha.md"
        files[path] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "## Part\n\nSee [here](alpha.md#part).\n")
        let site = try TestSite(files)
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: site.root.appendingPathComponent(".preview")))
        #expect(builder.build().succeeded)
        try site.write(path, try site.read(path).replacingOccurrences(of: "## Part", with: "## Piece"))
        let report = builder.rebuild(changed: [path])
        #expect(!report.succeeded, "\(report.errors.map(\.description))")
        #expect(builder.index != nil, "index dropped; errors: \(report.errors.map(\.description))")
    }
}

extension IncrementalEdgeTests {
    /// A page's folder removed while the preview runs (by hand, or by a tool cleaning up) is
    /// made again when the page is next written: the writer makes a folder when a write finds
    /// it missing, not only the first time.
    @Test func aFolderRemovedWhileServingIsMadeAgain() throws {
        let site = try TestSite(MinimalSite.files)
        let output = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: output))
        #expect(builder.build().succeeded)
        let page = output.appendingPathComponent("briefings/alpha/index.html")
        #expect(FileManager.default.fileExists(atPath: page.path))
        try FileManager.default.removeItem(at: output.appendingPathComponent("briefings"))
        let path = "content/briefings/alpha.md"
        try site.write(path, try site.read(path) + "\nOne more sentence.\n")
        let report = builder.rebuild(changed: [path])
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.contains("One more sentence."))
    }
}
