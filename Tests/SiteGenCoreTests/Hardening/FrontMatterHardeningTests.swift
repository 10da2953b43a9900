import Testing

@testable import SiteGenCore

/// Broken front-matter: each gives its place and a plain message, and costs nothing of the last
/// good site. BOM and CRLF files build normally.
@Suite struct FrontMatterHardeningTests {
    static let file = "content/briefings/bad.md"

    static let cases: [BadInput] = [
        BadInput(
            "bad indentation", "---\ntitle: Bad\n  summary: x\ndate: 2026-01-05\nthemes: [guarantees]\n---\n",
            "\(file):3:10: error: invalid YAML: unexpected ':' here; quote a value that contains ': ' (title: \"A: B\"), or check this line's indentation"
        ),
        BadInput(
            "bad indentation in a list", "---\ntitle: Bad\nsummary: x\ndate: 2026-01-05\nthemes:\n  - guarantees\n - next-steps\n---\n",
            "\(file):7:2: error: invalid YAML: unexpected text here; check this line's indentation, and quote values that contain quotes or ': '"
        ),
        BadInput(
            "a tab", "---\ntitle: Bad\n\tsummary: x\ndate: 2026-01-05\nthemes: [guarantees]\n---\n",
            "\(file):3:1: error: invalid YAML: a tab; YAML indents with spaces only"),
        BadInput(
            "an unclosed quote", "---\ntitle: \"Bad\nsummary: \"x\"\ndate: 2026-01-05\nthemes: [guarantees]\n---\n",
            "\(file):2:8: error: invalid YAML: this quoted value runs on over the next lines; is its closing quote missing?"),
        BadInput(
            "title: a: b", "---\ntitle: a: b\nsummary: x\ndate: 2026-01-05\nthemes: [guarantees]\n---\n",
            "\(file):2:9: error: invalid YAML: unexpected ':' here; quote a value that contains ': ' (title: \"A: B\"), or check this line's indentation"
        ),
        BadInput(
            "no closing ---", "---\ntitle: Bad\nsummary: x\ndate: 2026-01-05\nthemes: [guarantees]\nBody.\n",
            "\(file):1:1: error: front-matter is never closed: add a '---' line after the YAML"),
        BadInput(
            "an empty file", "",
            "\(file):1:1: error: missing front-matter: the file must start with a '---' line, then YAML, then '---'"),
        BadInput("front-matter only", frontMatter(body: ""), nil),
        BadInput(
            "body only", "Just a body.\n",
            "\(file):1:1: error: missing front-matter: the file must start with a '---' line, then YAML, then '---'"),
        BadInput(
            "a text where a list belongs", "---\ntitle: Bad\nsummary: x\ndate: 2026-01-05\nthemes: x\n---\n",
            "\(file):5:9: error: 'themes' must be a list, e.g. themes: [x]"),
        BadInput(
            "a list item that is no text", "---\ntitle: Bad\nsummary: x\ndate: 2026-01-05\nthemes: [[a, b]]\n---\n",
            "\(file):5:10: error: each item of 'themes' must be text, not a list"),
        BadInput(
            "date: tomorrow", "---\ntitle: Bad\nsummary: x\ndate: tomorrow\nthemes: [guarantees]\n---\n",
            "\(file):4:7: error: 'date' must be a date written YYYY-MM-DD, or a date and time with its zone such as 2026-11-28T14:30+01:00, not 'tomorrow'"
        ),
        BadInput(
            "a duplicate key, at its second place", frontMatter(adding: "title: Again\n"),
            "\(file):3:1: error: invalid YAML: 'title' is set more than once in this mapping"),
        BadInput(
            "an unknown key (a warning)", frontMatter(adding: "sumary: typo\n"),
            "\(file):3:1: warning: unknown field 'sumary' (did you mean 'summary'?)"),
        BadInput("BOM and CRLF", bytes: [0xEF, 0xBB, 0xBF] + Array(frontMatter().replacingOccurrences(of: "\n", with: "\r\n").utf8), nil),
    ]

    @Test(arguments: cases) func answersWithItsPlaceAndAPlainMessage(_ input: BadInput) throws {
        try expectBriefing(input)
    }

    @Test func bomAndCRLFGiveTheSamePageAsLF() throws {
        let (_, lf) = try buildAfterWriting(Self.file, bytes: Array(frontMatter(body: "A *b*\nc.\n").utf8))
        let crlf = [0xEF, 0xBB, 0xBF] + Array(frontMatter(body: "A *b*\nc.\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let (_, other) = try buildAfterWriting(Self.file, bytes: crlf)
        #expect(try lf.read("public/briefings/bad/index.html") == other.read("public/briefings/bad/index.html"))
    }
}
