import Testing

@testable import SiteGenCore

@Suite struct MarkdownDocumentTests {
    @Test func walkEntersEveryNodeAndLeavesContainers() {
        let document = CommonMark.parse("A *b*\n\n- c\n")
        let events = document.walk().map { "\($0.entering ? "+" : "-")\(Self.name(document[$0.index].kind))" }
        #expect(
            events == [
                "+document", "+paragraph", "+text", "+emphasis", "+text", "-emphasis", "-paragraph",
                "+list", "+item", "+paragraph", "+text", "-paragraph", "-item", "-list", "-document",
            ])
    }

    @Test func editsKeepTheTreeConsistent() {
        var document = CommonMark.parse("one\n\ntwo\n\nthree\n")
        let paragraphs = document.children(of: document.root)
        document.unlink(paragraphs[1])
        document.insert(.thematicBreak, before: paragraphs[0])
        document.append(.paragraph, to: document.root)
        #expect(
            document.children(of: document.root).map { Self.name(document[$0].kind) } == [
                "thematicBreak", "paragraph", "paragraph", "paragraph",
            ])
        #expect(CommonMark.renderHTML(document) == "<hr />\n<p>one</p>\n<p>three</p>\n<p></p>\n")
    }

    @Test func deepNestingNeedsNoRecursion() {
        let depth = 5_000
        var document = MarkdownDocument()
        var parent = document.root
        for _ in 0..<depth { parent = document.append(.blockQuote, to: parent) }
        #expect(document.walk().filter(\.entering).count == depth + 1)
        #expect(document.plainText(of: document.root) == "")
    }

    @Test func plainTextJoinsTextAndCodeWithSpacesForBreaks() {
        let document = CommonMark.parse("## A `b`\nc *d*\n", smartPunctuation: false)
        #expect(document.plainText(of: document.root) == "A bc d")
    }

    static func name(_ kind: MarkdownNodeKind) -> String {
        String(describing: kind).split(separator: "(").first.map(String.init) ?? ""
    }
}
