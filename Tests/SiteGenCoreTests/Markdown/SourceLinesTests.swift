import Testing

@testable import SiteGenCore

@Suite struct SourceLinesTests {
    private func lines(_ body: String) -> SourceLines {
        SourceLines(
            ContentFile(
                path: "content/briefings/x.md", kind: .briefing, id: "x", frontMatter: "", frontMatterLine: 2, body: body,
                bodyLine: 5))
    }

    @Test func findsTextOnItsFileLineInBytesFromTheGivenColumn() {
        let found = lines("First [[a]] line\nSecond: é [[b]] and [[b]]\n")
        #expect(found.column(of: "[[a", onLine: 5, from: 1) == 7)
        // Columns count bytes: "é" is two.
        #expect(found.column(of: "[[b", onLine: 6, from: 1) == 12)
        #expect(found.column(of: "[[b", onLine: 6, from: 13) == 22)
    }

    @Test func theLastLineWithoutANewlineIsALineToo() {
        #expect(lines("one\ntwo [[c]]").column(of: "[[c", onLine: 6, from: 1) == 5)
    }

    @Test func textNotOnTheLineOrALineOutsideTheBodyIsNotFound() {
        let found = lines("one [[a]]\ntwo\n")
        #expect(found.column(of: "[[a", onLine: 6, from: 1) == nil)
        #expect(found.column(of: "[[a", onLine: 4, from: 1) == nil)
        #expect(found.column(of: "[[a", onLine: 9, from: 1) == nil)
        // Not found across the end of its line.
        #expect(found.column(of: "a]]\ntwo", onLine: 5, from: 1) == nil)
    }
}
