import Testing

@testable import SiteGenCore

@Suite struct FrontMatterSplitterTests {
    func split(_ text: String) -> Result<ContentFile, Diagnostic> {
        FrontMatterSplitter.split(text, path: "content/briefings/x.md", kind: .briefing, id: "x")
    }

    @Test func splitsYAMLFromBodyAndRemembersTheBodysFirstLine() throws {
        let file = try split("---\ntitle: A\nsummary: B\n---\nFirst body line.\nSecond.\n").get()
        #expect(file.frontMatter == "title: A\nsummary: B\n")
        #expect(file.frontMatterLine == 2)
        #expect(file.body == "First body line.\nSecond.\n")
        #expect(file.bodyLine == 5)
    }

    @Test func acceptsDotsAndTrailingSpacesOnTheClosingFence() throws {
        let file = try split("---  \ntitle: A\n...\nBody").get()
        #expect(file.frontMatter == "title: A\n")
        #expect(file.body == "Body")
        #expect(file.bodyLine == 4)
    }

    @Test func emptyBodyAfterTheClosingFence() throws {
        let file = try split("---\ntitle: A\n---").get()
        #expect(file.body == "")
    }

    @Test func aThematicBreakInTheBodyIsNotAFence() throws {
        let file = try split("---\ntitle: A\n---\nText\n\n---\n\nMore").get()
        #expect(file.body == "Text\n\n---\n\nMore")
    }

    @Test func missingFrontMatter() {
        guard case .failure(let diagnostic) = split("Just a body.\n") else { return #expect(Bool(false)) }
        #expect(
            diagnostic.description
                == "content/briefings/x.md:1:1: error: missing front-matter: the file must start with a '---' line, then YAML, then '---'")
    }

    @Test func unclosedFrontMatter() {
        guard case .failure(let diagnostic) = split("---\ntitle: A\nBody\n") else { return #expect(Bool(false)) }
        #expect(
            diagnostic.description == "content/briefings/x.md:1:1: error: front-matter is never closed: add a '---' line after the YAML")
    }

    @Test func emptyFile() {
        guard case .failure(let diagnostic) = split("") else { return #expect(Bool(false)) }
        #expect(diagnostic.message.hasPrefix("missing front-matter"))
    }
}
