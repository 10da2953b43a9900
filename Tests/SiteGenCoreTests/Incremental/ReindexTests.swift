import Foundation
import Testing

@testable import SiteGenCore

/// Re-indexing one changed briefing must give exactly the index that indexing the whole edited
/// site gives, on a site large enough that each entity is named by more briefings than the
/// window of related candidates, so that the windows shift.
@Suite struct ReindexTests {
    static let entities = ["kyiv": "Kyiv", "nato": "NATO", "paris": "Paris", "red-lines": "Red lines", "the-summit": "The summit"]
    static let briefingCount = 140

    /// A briefing with a date (one per day, so that no edit below reorders it), themes, listed
    /// entities, and a body naming entities and linking to another briefing.
    static func briefing(_ number: Int, themes: String, listed: [String], body: String) -> String {
        let day = 1 + number % 28, month = 1 + number / 28
        return """
            ---
            title: Briefing \(number)
            summary: Summary \(number).
            date: 2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)
            themes: \(themes)
            entities: [\(listed.joined(separator: ", "))]
            ---
            \(body)
            """
    }

    static func site(seed: UInt64) -> [String: String] {
        var random = SplitMix(seed: seed)
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = nil
        files["content/briefings/beta.md"] = nil
        for (id, name) in entities {
            files["content/entities/\(id).md"] = "---\nname: \(name)\nkind: concept\nsummary: About \(name).\n---\n\(name).\n"
        }
        let ids = entities.keys.sorted()
        for number in 0..<briefingCount {
            let listed = ids.filter { _ in random.next(3) == 0 }
            let named = ids.filter { _ in random.next(2) == 0 }.map { entities[$0]! }.joined(separator: " and ")
            let link = "b\(random.next(briefingCount)).md"
            files["content/briefings/b\(number).md"] = briefing(
                number, themes: random.next(2) == 0 ? "[guarantees]" : "[guarantees, next-steps]", listed: listed,
                body: "## Part\n\n\(named.isEmpty ? "Nothing named." : named + " meet.")\n\nSee [another](\(link)).\n")
        }
        return files
    }

    /// The index of a site given as files, with lists of 7 briefings a page, so that edits make
    /// themes' lists gain and lose pages.
    static func index(_ files: [String: String]) throws -> SiteIndex {
        var config = SiteConfig(title: "T")
        config.paginate = 7
        let (index, problems) = try indexSite(files, config: config)
        let errors = problems.filter { $0.contains("error") }
        #expect(errors.isEmpty, Comment(rawValue: errors.prefix(3).joined(separator: "\n")))
        return index
    }

    func expectSame(_ quick: SiteIndex, _ full: SiteIndex, _ note: Comment) {
        #expect(quick.briefings.map(\.card) == full.briefings.map(\.card), note)
        #expect(quick.briefingsByTheme == full.briefingsByTheme, note)
        #expect(quick.links == full.links, note)
        #expect(quick.backlinks == full.backlinks, note)
        #expect(quick.pages == full.pages, note)
        let a = quick.references, b = full.references
        #expect(a.mentions == b.mentions, note)
        #expect(a.briefingMentions == b.briefingMentions, note)
        #expect(a.briefingEntities == b.briefingEntities, note)
        #expect(a.related == b.related, note)
        #expect(a.coMentioned == b.coMentioned, note)
        #expect(a.themeCounts == b.themeCounts, note)
        #expect(a.autoLinks == b.autoLinks, note)
        #expect(a.wikiLabels == b.wikiLabels, note)
        // Entity pages group mentions as runs (`ContextBuilder.grouped`): a briefing's mentions
        // of an entity come together (checked on the whole site's index: the re-indexed one equals it).
        for (entity, list) in b.mentions {
            let briefings = list.map(\.briefing)
            let runs = briefings.indices.filter { $0 == 0 || briefings[$0] != briefings[$0 - 1] }.map { briefings[$0] }
            #expect(Set(runs).count == runs.count, "\(entity): a briefing's mentions are split")
        }
    }

    @Test func reindexingOneBriefingMatchesIndexingTheWholeSite() throws {
        var files = Self.site(seed: 3)
        var index = try Self.index(files)
        var random = SplitMix(seed: 11)
        // Its own generator, so that the other edits stay those the counts below were set for.
        var mover = SplitMix(seed: 17)
        // And its own for a second section naming entities again, so that a briefing's mentions
        // of an entity come from two sections (a run of several that must stay together).
        var again = SplitMix(seed: 23)
        let ids = Self.entities.keys.sorted()
        var quickSteps = 0
        // Edits on the quick path after which a theme's list has a page more or less.
        var resizedSteps = 0
        // Edits on the quick path that move the briefing to a new place in the order.
        var movedSteps = 0
        for step in 0..<40 {
            let number = random.next(Self.briefingCount)
            let path = "content/briefings/b\(number).md"
            let listed = ids.filter { _ in random.next(3) == 0 }
            let named = ids.filter { _ in random.next(2) == 0 }.map { Self.entities[$0]! }
            var body = "## Part \(random.next(2))\n\n\(named.isEmpty ? "Nothing." : named.joined(separator: ", ") + ".")\n"
            if random.next(2) == 0 { body += "\nSee [one](b\(random.next(Self.briefingCount)).md).\n" }
            let namedAgain = ids.filter { _ in again.next(2) == 0 }.map { Self.entities[$0]! }
            if !namedAgain.isEmpty { body += "\n## More\n\n\(namedAgain.joined(separator: " with ")).\n" }
            let themes = ["[guarantees]", "[next-steps]", "[guarantees, next-steps]"][random.next(3)]
            files[path] = Self.briefing(number, themes: themes, listed: listed, body: body)
            // One edit in four moves the briefing: it takes another's date, and goes after it.
            if mover.next(4) == 0 {
                let other = mover.next(Self.briefingCount), day = 1 + other % 28, month = 1 + other / 28
                let date = "date: 2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
                files[path] = Self.briefing(number, themes: themes, listed: listed, body: body).replacingOccurrences(
                    of: "date: [0-9-]+", with: date + "\nweight: 1", options: .regularExpression)
            }
            let note = Comment(rawValue: "step \(step): b\(number) lists \(listed), names \(named), themes \(themes)")

            let file = try FrontMatterSplitter.split(files[path]!, path: path, kind: .briefing, id: "b\(number)").get()
            let briefing = try #require(BriefingParser.parse(file, config: MarkdownOptions()).0)
            let full = try Self.index(files)
            var quick = index
            if quick.reindex(briefing, linkFirstMention: full.config.linkFirstMention) != nil {
                expectSame(quick, full, note)
                quickSteps += 1
                if full.pages.count != index.pages.count { resizedSteps += 1 }
                if full.position(ofBriefing: "b\(number)") != index.position(ofBriefing: "b\(number)") { movedSteps += 1 }
            }
            index = full
        }
        // Edits fall back to the whole site only when an anchor others link into changes.
        #expect(quickSteps >= 20)
        #expect(resizedSteps >= 2)
        #expect(movedSteps >= 3)
    }

    /// A new date moves the briefing to a new place in site order: to the front, to the end,
    /// past one neighbour, and within a day by its weight; each move, re-indexed on its own,
    /// gives the index of the whole edited site, and the pages it returns include every page
    /// whose layout changed.
    @Test(arguments: [
        ("b3", "date: 2026-01-04", "date: 2026-12-30"), ("b70", "date: 2026-03-15", "date: 2025-01-01"),
        ("b40", "date: 2026-02-13", "date: 2026-02-14\nweight: -1"), ("b100", "date: 2026-04-17", "date: 2026-01-20"),
        ("b0", "date: 2026-01-01", "date: 2026-05-31"),
    ])
    func aNewPlaceInTheOrderIsReindexedOnItsOwn(id: String, before: String, after: String) throws {
        var files = Self.site(seed: 5)
        let index = try Self.index(files)
        let path = "content/briefings/\(id).md"
        #expect(files[path]!.contains(before))
        files[path] = files[path]!.replacingOccurrences(of: before, with: after)
        let file = try FrontMatterSplitter.split(files[path]!, path: path, kind: .briefing, id: id).get()
        let briefing = try #require(BriefingParser.parse(file, config: MarkdownOptions()).0)
        let full = try Self.index(files)
        #expect(full.position(ofBriefing: id) != index.position(ofBriefing: id), "the edit moves it")
        var quick = index
        let pages = quick.reindex(briefing, linkFirstMention: full.config.linkFirstMention)
        let rendered = try #require(pages, "re-indexed on its own")
        expectSame(quick, full, Comment(rawValue: "\(id): \(after)"))
        #expect(quick.pagePositions == full.pagePositions)
        let shown = Set(rendered.map(\.path))
        let before = Dictionary(uniqueKeysWithValues: index.pages.map { ($0.path, $0) })
        for page in full.pages where before[page.path] != page {
            #expect(shown.contains(page.path), "\(page.path) changed but is not rendered")
        }
    }
}
