import Testing

@testable import SiteGenCore

@Suite struct BriefingParserTests {
    func parse(_ text: String) throws -> (Briefing?, [String]) {
        let file = try FrontMatterSplitter.split(text, path: "content/briefings/x.md", kind: .briefing, id: "x").get()
        let (briefing, diagnostics) = BriefingParser.parse(file, config: MarkdownOptions())
        return (briefing, diagnostics.sorted().map(\.description))
    }

    @Test func decodesEveryField() throws {
        let (briefing, problems) = try parse(
            """
            ---
            title: "Core aim: guarantees"
            summary: What the meeting is for.
            date: 2026-11-27
            updated: 2026-11-28
            themes: [guarantees, next-steps]
            entities: [macron]
            weight: 3
            draft: true
            sources:
              - title: Seed
                url: https://example.org/seed
                publisher: Press
                date: 2026-11-01
            ---
            Body.

            """)
        #expect(problems.isEmpty)
        let b = try #require(briefing)
        #expect(b.title == "Core aim: guarantees")
        #expect(b.date.iso == "2026-11-27")
        #expect(b.updated?.iso == "2026-11-28")
        #expect(b.themes.map(\.value) == ["guarantees", "next-steps"])
        #expect(b.themes[1].location == SourceLocation(path: "content/briefings/x.md", line: 6, column: 22))
        #expect(b.entities.map(\.value) == ["macron"])
        #expect(b.weight == 3 && b.draft)
        #expect(
            b.sources == [
                SourceReference(title: "Seed", url: "https://example.org/seed", publisher: "Press", date: ContentDate(iso: "2026-11-01"))
            ])
    }

    @Test func everyProblemIsReportedAtItsLineInTheFile() throws {
        let (briefing, problems) = try parse(
            """
            ---
            title: [not, text]
            date: tomorrow
            themes: guarantees
            weight: heavy
            tittle: typo
            ---
            Body.
            """)
        #expect(briefing == nil)
        #expect(
            problems == [
                "content/briefings/x.md:1:1: error: missing required field 'summary'",
                "content/briefings/x.md:2:8: error: 'title' must be text, not a list",
                "content/briefings/x.md:3:7: error: 'date' must be a date written YYYY-MM-DD, or a date and time with its zone such as 2026-11-28T14:30+01:00, not 'tomorrow'",
                "content/briefings/x.md:4:9: error: 'themes' must be a list, e.g. themes: [guarantees]",
                "content/briefings/x.md:5:9: error: 'weight' must be a whole number, not 'heavy'",
                "content/briefings/x.md:6:1: warning: unknown field 'tittle' (did you mean 'title'?)",
            ])
    }

    @Test func yamlSyntaxErrorsPointIntoTheFile() throws {
        let (_, problems) = try parse("---\ntitle: A\nsummary: \"unclosed\ndate: 2026-01-01\n---\nBody")
        #expect(problems == ["content/briefings/x.md:3:10: error: invalid YAML: this quoted value is never closed"])
    }

    @Test func mappingValueInPlainScalar() throws {
        let (_, problems) = try parse("---\ntitle: a: b\n---\n")
        #expect(
            problems == [
                "content/briefings/x.md:2:9: error: invalid YAML: unexpected ':' here; quote a value that contains ': ' (title: \"A: B\"), or check this line's indentation"
            ])
    }

    @Test func tabsAndReservedCharactersAreExplained() throws {
        let (_, tab) = try parse("---\ntitle: T\nthemes:\n\t- x\n---\n")
        #expect(tab == ["content/briefings/x.md:4:1: error: invalid YAML: a tab; YAML indents with spaces only"])
        let (_, at) = try parse("---\ntitle: T\nsummary: @me\n---\n")
        #expect(at == ["content/briefings/x.md:3:10: error: invalid YAML: a value cannot start with '@'; put it in quotes"])
        let (_, key) = try parse("---\ntitle: 'It's here'\n---\n")
        #expect(
            key == [
                "content/briefings/x.md:2:12: error: invalid YAML: unexpected text here; check this line's indentation, and quote values that contain quotes or ': '"
            ])
    }

    @Test func duplicateKeys() throws {
        let (_, problems) = try parse("---\ntitle: A\ntitle: B\nsummary: S\ndate: 2026-01-01\nthemes: [x]\n---\n")
        #expect(problems == ["content/briefings/x.md:3:1: error: invalid YAML: 'title' is set more than once in this mapping"])
    }

    @Test func emptyFrontMatter() throws {
        let (_, problems) = try parse("---\n---\nBody")
        #expect(
            problems == [
                "content/briefings/x.md:1:1: error: front-matter is empty: a briefing needs at least title, summary, date and themes"
            ])
    }

    @Test func malformedDates() throws {
        for date in ["2026-13-01", "26-01-01", "2026-1-1", "2026-11-28T14", "2026-11-28T14:30+1"] {
            let (_, problems) = try parse("---\ntitle: A\nsummary: S\ndate: \(date)\nthemes: [x]\n---\n")
            #expect(
                problems == [
                    "content/briefings/x.md:4:7: error: 'date' must be a date written YYYY-MM-DD, or a date and time with its zone such as 2026-11-28T14:30+01:00, not '\(date)'"
                ])
        }
    }

    @Test func sourceURLsMustBeWebMailOrRelative() throws {
        let (_, problems) = try parse(
            """
            ---
            title: A
            summary: S
            date: 2026-01-01
            themes: [x]
            sources:
              - title: Bad
                url: javascript:alert(1)
              - title: No URL
            ---
            """)
        #expect(
            problems == [
                "content/briefings/x.md:8:10: error: source URL 'javascript:alert(1)' must be http, https, mailto or relative",
                "content/briefings/x.md:9:5: error: missing required field 'url'",
            ])
    }

    /// A web address without its scheme is reported at its own line, not as a broken link of
    /// the template that writes it.
    @Test func aSourceURLWithoutItsSchemeIsAnErrorAtItsLine() throws {
        let (_, problems) = try parse(
            """
            ---
            title: A
            summary: S
            date: 2026-01-01
            themes: [x]
            sources:
              - title: Schemeless
                url: www.example.org/x.pdf
              - title: Also schemeless
                url: example.org/report
              - title: A relative file
                url: ../files/v1.2/report.pdf
              - title: A sibling page
                url: report.html
            ---
            """)
        #expect(
            problems == [
                "content/briefings/x.md:8:10: error: source URL 'www.example.org/x.pdf' lacks its scheme, so a browser would take it as a path on this site: write https://www.example.org/x.pdf",
                "content/briefings/x.md:10:10: error: source URL 'example.org/report' lacks its scheme, so a browser would take it as a path on this site: write https://example.org/report",
            ])
    }

    @Test(arguments: [
        ("www.example.org", true), ("www.example.org/x.pdf", true), ("example.org/report", true), ("sub.example.co.uk/a?b", true),
        ("report.pdf", false), ("files/report.pdf", false), ("../x", false), ("./a.b/c", false), ("/abs/x", false),
        ("v1.2/notes", false), ("https://example.org", false), ("#anchor", false), ("second-take/", false),
    ])
    func whatLacksAScheme(_ url: String, _ lacks: Bool) {
        #expect(URLPolicy.lacksScheme(url) == lacks)
    }
}
