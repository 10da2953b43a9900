import Testing

@testable import SiteGenCore

/// `Briefing` and `Mention` keep their fields behind one shared reference (`Shared`), which a
/// copy shares. They must still behave as values: a change to a copy leaves the original as it
/// was, and equality and hashing follow the fields, not the reference.
@Suite struct SharedFieldsTests {
    let snippet = Snippet(before: "Leaders met in ", term: "Paris", after: ".")

    func mention(term: String = "Paris") -> Mention {
        Mention(
            entity: "paris", briefing: "core-aim", kind: .text, anchor: "venue", section: "Venue",
            snippet: Snippet(before: "Leaders met in ", term: term, after: "."))
    }

    @Test func aChangedCopyOfAMentionLeavesTheOriginal() {
        let original = mention()
        var copy = original
        #expect(copy == original)
        copy.snippet?.term = "the French capital"
        copy.anchor = nil
        copy.section = "Elsewhere"
        #expect(original.snippet == snippet)
        #expect(original.anchor == "venue")
        #expect(original.section == "Venue")
        #expect(copy.snippet?.term == "the French capital")
        #expect(copy.anchor == nil)
        #expect(copy != original)
    }

    @Test func mentionsMadeApartAreEqualByTheirFields() {
        // Two boxes, the same fields: equal, one hash, one member of a set.
        #expect(mention() == mention())
        #expect(mention().hashValue == mention().hashValue)
        #expect(Set([mention(), mention(), mention(term: "the capital")]).count == 2)
        // A copy is equal and hashes alike.
        let original = mention()
        let copy = original
        #expect(copy == original && copy.hashValue == original.hashValue)
        // Each field counts on its own, those kept inline and the shared ones.
        let changes: [(String, (inout Mention) -> Void)] = [
            ("entity", { $0.entity = "france" }), ("briefing", { $0.briefing = "next-steps" }), ("kind", { $0.kind = .wikiLink }),
            ("anchor", { $0.anchor = "other" }), ("section", { $0.section = "Other" }), ("snippet", { $0.snippet?.after = "!" }),
        ]
        for (field, change) in changes {
            var other = mention()
            change(&other)
            #expect(other != mention(), "\(field)")
        }
    }

    @Test func aChangedCopyOfABriefingLeavesTheOriginal() {
        let file = ContentFile(
            path: "content/briefings/core-aim.md", kind: .briefing, id: "core-aim", frontMatter: "", frontMatterLine: 2,
            body: "## Venue\n\nLeaders met in Paris.\n", bodyLine: 5)
        let body = BodyParser.parse(file, smartPunctuation: true).0
        let original = Briefing(
            id: "core-aim", path: file.path, title: "The core aim", summary: "What the conference is for.",
            date: ContentDate(year: 2026, month: 1, day: 6)!, themes: [], body: body)
        var copy = original
        copy.title = "Another aim"
        copy.weight = 3
        copy.authors = [Located("desk", at: SourceLocation(path: file.path, line: 3, column: 10))]
        copy.body =
            BodyParser.parse(
                ContentFile(
                    path: file.path, kind: .briefing, id: "core-aim", frontMatter: "", frontMatterLine: 2, body: "No heading.\n",
                    bodyLine: 5), smartPunctuation: true
            ).0
        #expect(original.title == "The core aim")
        #expect(original.weight == 0)
        #expect(original.authors.isEmpty)
        #expect(original.body.headings.map(\.anchor) == ["venue"])
        #expect(copy.title == "Another aim")
        #expect(copy.weight == 3)
        #expect(copy.authors.map(\.value) == ["desk"])
        #expect(copy.body.headings.isEmpty)
    }

    @Test func aChangeInsideAFieldOfACopyLeavesTheOriginal() {
        let file = ContentFile(
            path: "content/briefings/core-aim.md", kind: .briefing, id: "core-aim", frontMatter: "", frontMatterLine: 2,
            body: "## Venue\n\nLeaders met in Paris.\n", bodyLine: 5)
        let place = SourceLocation(path: file.path, line: 3, column: 9)
        let original = Briefing(
            id: "core-aim", path: file.path, title: "The core aim", summary: "What the conference is for.",
            date: ContentDate(year: 2026, month: 1, day: 6)!, themes: [Located("participants", at: place)],
            body: BodyParser.parse(file, smartPunctuation: true).0)
        var copy = original
        // Through two accessors: the briefing's field, then the body's.
        copy.themes.append(Located("guarantees", at: place))
        copy.body.headings.removeAll()
        #expect(original.themes.map(\.value) == ["participants"])
        #expect(original.body.headings.count == 1)
        #expect(copy.themes.map(\.value) == ["participants", "guarantees"])
        #expect(copy.body.headings.isEmpty)
    }
}
