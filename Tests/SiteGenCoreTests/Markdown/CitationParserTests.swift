import Testing

@testable import SiteGenCore

/// Pandoc's citation syntax in a body: what becomes a citation, what stays text, and where each
/// key is for its messages.
@Suite struct CitationParserTests {
    @Test(arguments: [
        ("[@seed]", [CitationParser.Key(id: "seed", locator: nil, offset: 1)]),
        ("[@seed, p. 4]", [CitationParser.Key(id: "seed", locator: "p. 4", offset: 1)]),
        (
            "[@a; @b, ch. 2]",
            [CitationParser.Key(id: "a", locator: nil, offset: 1), CitationParser.Key(id: "b", locator: "ch. 2", offset: 5)]
        ),
        ("[@doe:2026.x]", [CitationParser.Key(id: "doe:2026.x", locator: nil, offset: 1)]),
    ])
    func citationsAreSplitOut(_ text: String, _ keys: [CitationParser.Key]) {
        #expect(CitationParser.split("Before \(text) after") == [.text("Before"), .citation(raw: text, keys: keys), .text(" after")])
    }

    @Test(arguments: ["[see @a]", "[@]", "[@a b]", "[@a,]", "[@a;]", "[@-a]", "[@a\nb]", "[@a", "email [me@example.org]"])
    func bracketsThatAreNotWhollyCitationsStayText(_ text: String) {
        #expect(CitationParser.split(text) == [.text(text)])
    }

    @Test func aCitationIsReadInTextOnlyNotInCodeOrLinks() throws {
        let file = try FrontMatterSplitter.split(
            "---\ntitle: T\n---\nSee `[@code]` and [a [@link] text](x.md), but this [@real, p. 2].\n\n```\n[@block]\n```\n",
            path: "content/briefings/x.md", kind: .briefing, id: "x"
        ).get()
        let (body, _) = BodyParser.parse(file, smartPunctuation: true, citations: true)
        #expect(body.citations.map { $0.keys.map(\.id) } == [["real"]])
        let key = try #require(body.citations.first?.keys.first)
        #expect(key.locator == "p. 2")
        #expect(key.location.description == "content/briefings/x.md:4:53")
    }

    @Test func sourcesAreNumberedByFirstCitationAndEachCitationCounted() {
        func citation(_ ids: String...) -> Citation {
            Citation(
                node: 0, keys: ids.map { CitationKey(id: $0, location: SourceLocation(path: "x")) }, location: SourceLocation(path: "x"))
        }
        let numbers = CitationNumbers([citation("b"), citation("a", "b"), citation("a")])
        #expect(numbers.sources == ["b", "a"])
        #expect(
            numbers.marks.map { $0.map { "\($0.number).\($0.occurrence)" } } == [["1.1"], ["2.1", "1.2"], ["2.2"]])
    }
}
