import Foundation
import Testing

@testable import SiteGenCore

/// A rebuild after a change must leave exactly what a fresh build of the changed site gives, and
/// touch no more than the change needs.
@Suite struct IncrementalBuilderTests {
    let site: TestSite
    let preview: URL
    let builder: IncrementalBuilder

    init() throws {
        site = try TestSite(fixture: "basic-site")
        preview = site.root.appendingPathComponent(".preview")
        builder = IncrementalBuilder(
            options: .init(siteRoot: site.root, output: preview, liveReload: "<script src=\"/_sitegen/live.js\"></script>"))
    }

    /// Builds the site from scratch elsewhere and compares every file with the preview folder.
    func expectSameAsFreshBuild(_ note: Comment) throws {
        let fresh = site.root.appendingPathComponent(".fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let report = IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh, liveReload: builder.options.liveReload)).build()
        #expect(report.succeeded, note)
        let expected = try TestSite.files(under: fresh), actual = try TestSite.files(under: preview)
        #expect(actual.keys.sorted() == expected.keys.sorted(), note)
        for (path, bytes) in expected where actual[path] != bytes {
            Issue.record("\(path) differs from a fresh build: \(note)")
        }
    }

    func edit(_ path: String, _ change: (String) -> String) throws -> IncrementalBuilder.Report {
        try site.write(path, change(try site.read(path)))
        return builder.rebuild(changed: [path])
    }

    @Test func aSequenceOfEditsMatchesFreshBuilds() throws {
        #expect(builder.build().succeeded)
        try expectSameAsFreshBuild("first build")

        let bodyOnly = try edit("content/briefings/second-take.md") { $0 + "\nA new closing line.\n" }
        #expect(bodyOnly.succeeded && !bodyOnly.full)
        #expect(bodyOnly.pagesRendered == 2, "an edit that changes no card, mention or link renders only its page and the book")
        #expect(Set(bodyOnly.stageTimes.keys) == [.parse, .index, .render, .check, .write], "each stage timed under its own name")
        try expectSameAsFreshBuild("body-only edit")

        let snippet = try edit("content/briefings/second-take.md") {
            $0.replacingOccurrences(of: "- one: red lines and [[NATO]]", with: "- one, reworded: red lines and [[NATO]]")
        }
        #expect(snippet.pagesRendered == 4, "new words around mentions: its page, the book and the pages of the two entities named there")
        try expectSameAsFreshBuild("snippet edit")

        let mention = try edit("content/briefings/second-take.md") { $0 + "\nKyiv again, and NATO.\n" }
        #expect(mention.succeeded && mention.pagesRendered > 1)
        #expect(!mention.indexedWholeSite, "naming other entities re-indexes the one briefing")
        try expectSameAsFreshBuild("new mentions")

        let title = try edit("content/briefings/windows-file.md") {
            $0.replacingOccurrences(of: "title: Windows file", with: "title: Renamed file")
        }
        #expect(!title.indexedWholeSite)
        try expectSameAsFreshBuild("new title")

        let date = try edit("content/briefings/first-look.md") {
            $0.replacingOccurrences(of: "date: 2026-01-02", with: "date: 2026-01-09")
        }
        #expect(!date.indexedWholeSite, "a new place in the order is re-indexed on its own")
        #expect(Set(date.stageTimes.keys) == [.parse, .index, .render, .check, .write])
        try expectSameAsFreshBuild("new date: new order")

        let link = try edit("content/briefings/windows-file.md") { $0 + "\nSee [the first look](first-look.md#context).\n" }
        #expect(!link.indexedWholeSite)
        try expectSameAsFreshBuild("new link: new backlink")

        try site.write(
            "content/briefings/added.md",
            MinimalSite.briefing(title: "Added", date: "2026-01-04", themes: "[participants]", body: "Kyiv.\n"))
        #expect(builder.rebuild(changed: ["content/briefings/added.md"]).succeeded)
        try expectSameAsFreshBuild("added briefing")

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/briefings/added.md"))
        #expect(builder.rebuild(changed: ["content/briefings/added.md"]).succeeded)
        try expectSameAsFreshBuild("removed briefing")

        _ = try edit("content/themes/next-steps.md") { $0.replacingOccurrences(of: "title: Next steps", with: "title: What next") }
        try expectSameAsFreshBuild("theme edit: full rebuild")
    }

    @Test func aFailedRebuildKeepsTheOutputAndTheNextGoodOneCatchesUp() throws {
        #expect(builder.build().succeeded)
        _ = try edit("content/briefings/first-look.md") {
            $0.replacingOccurrences(of: "title: \"A first look", with: "title: \"The first look")
        }
        let before = try TestSite.files(under: preview)
        let broken = try edit("content/briefings/second-take.md") {
            $0.replacingOccurrences(of: "themes: [next-steps]", with: "themes: [next-stpes]")
        }
        #expect(!broken.succeeded)
        #expect(
            broken.errors.map(\.description) == [
                "content/briefings/second-take.md:5:10: error: unknown theme 'next-stpes' (did you mean 'next-steps'?)"
            ])
        let meanwhile = try edit("content/briefings/windows-file.md") { $0 + "\nMore text, written while the site is broken.\n" }
        #expect(!meanwhile.succeeded)
        #expect(try TestSite.files(under: preview) == before)
        let mended = try edit("content/briefings/second-take.md") { $0.replacingOccurrences(of: "next-stpes", with: "next-steps") }
        #expect(mended.succeeded)
        try expectSameAsFreshBuild("after mending, the earlier title change is there too")
    }

    /// The preview checks links as a build does: a link that leads nowhere, or to an id the page
    /// it names lacks, fails the rebuild at the link; mending it brings the preview up to date.
    @Test func aRebuildChecksTheLinksOfWhatItRenders() throws {
        #expect(builder.build().succeeded)
        let before = try TestSite.files(under: preview)
        let broken = try edit("content/briefings/second-take.md") {
            $0 + "\n[gone](/ukraine/nowhere/) and [no id](/ukraine/briefings/first-look/#nothing)\n"
        }
        #expect(!broken.succeeded)
        let messages = broken.errors.map(\.description)
        #expect(messages.count == 2, "\(messages.joined(separator: "\n"))")
        #expect(messages.contains { $0.hasPrefix("content/briefings/second-take.md:") && $0.contains("'/ukraine/nowhere/'") })
        #expect(
            messages.contains {
                $0.contains("'/ukraine/briefings/first-look/#nothing'") && $0.contains("no element there has the id 'nothing'")
            })
        #expect(try TestSite.files(under: preview) == before)
        let mended = try edit("content/briefings/second-take.md") {
            $0.replacingOccurrences(of: "/ukraine/nowhere/", with: "/ukraine/briefings/").replacingOccurrences(
                of: "#nothing", with: "#context")
        }
        #expect(mended.succeeded, "\(mended.errors)")
        try expectSameAsFreshBuild("after mending the links")
    }

    @Test func everyPageCarriesTheLiveReloadScript() throws {
        #expect(builder.build().succeeded)
        let home = try String(contentsOf: preview.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<script src=\"/_sitegen/live.js\"></script>\n</body>"))
    }

    /// Many random edits of the kinds writers make, each followed by a rebuild and a comparison.
    @Test func randomEditsMatchFreshBuilds() throws {
        #expect(builder.build().succeeded)
        var random = SplitMix(seed: 7)
        let sentences = ["Kyiv waits.", "NATO and Kyiv confer.", "Red lines hold.", "Plain words only.", "See [[kyiv]]."]
        var names = ["first-look", "second-take", "windows-file"]
        for step in 0..<24 {
            let name = names[random.next(names.count)]
            let path = "content/briefings/\(name).md"
            var note = "step \(step): "
            switch random.next(7) {
            case 0:
                note += "sentence in \(name)"
                _ = try edit(path) { $0 + "\n" + sentences[random.next(sentences.count)] + "\n" }
            case 1:
                note += "title of \(name)"
                _ = try edit(path) { Self.setting("title:", to: "title: Title \(step)", in: $0) }
            case 2:
                note += "date of \(name)"
                _ = try edit(path) { Self.setting("date:", to: "date: 2026-02-\(10 + step)", in: $0) }
            case 3:
                let target = names[random.next(names.count)]
                note += "link from \(name) to \(target)"
                _ = try edit(path) { $0 + "\nSee [it](\(target).md).\n" }
            case 4:
                note += "themes of \(name)"
                let themes = ["[guarantees]", "[next-steps, participants]", "[participants]"][random.next(3)]
                _ = try edit(path) { Self.setting("themes:", to: "themes: \(themes)", in: $0) }
            case 5:
                let added = "added-\(step)"
                note += "new briefing \(added)"
                try site.write(
                    "content/briefings/\(added).md",
                    MinimalSite.briefing(title: "Added \(step)", date: "2026-01-0\(1 + step % 9)", body: "NATO.\n"))
                names.append(added)
                #expect(builder.rebuild(changed: ["content/briefings/\(added).md"]).succeeded)
            default:
                guard names.count > 3, let removed = names.last(where: { $0.hasPrefix("added-") }) else { continue }
                note += "removed \(removed)"
                try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/briefings/\(removed).md"))
                names.removeAll { $0 == removed }
                #expect(builder.rebuild(changed: ["content/briefings/\(removed).md"]).succeeded)
            }
            try expectSameAsFreshBuild(Comment(rawValue: note))
        }
    }
}

extension IncrementalBuilderTests {
    /// The text with the front-matter line that starts with `key` replaced by `line`.
    static func setting(_ key: String, to line: String, in text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix(key) ? line : String($0) }
            .joined(separator: "\n")
    }
}

/// A small seeded generator, so the random edits are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
