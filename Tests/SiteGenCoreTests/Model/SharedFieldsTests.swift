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
        // Each field counts, the shared ones and those kept inline.
        var other = mention()
        other.briefing = "next-steps"
        #expect(other != mention())
        other = mention()
        other.kind = .wikiLink
        #expect(other != mention())
        #expect(mention(term: "the capital") != mention())
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
}
