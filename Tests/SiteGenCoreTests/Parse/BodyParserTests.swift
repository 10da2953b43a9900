import Testing

@testable import SiteGenCore

@Suite struct BodyParserTests {
    func body(_ markdown: String, firstLine: Int = 5) -> MarkdownBody {
        let file = ContentFile(
            path: "content/briefings/x.md", kind: .briefing, id: "x", frontMatter: "", frontMatterLine: 2, body: markdown,
            bodyLine: firstLine)
        return BodyParser.parse(file, smartPunctuation: true).0
    }

    @Test func headingsGetUniqueStableAnchors() {
        let headings = body("## Next steps\n\n## Next steps\n\n### Kyiv’s “red lines” & thresholds!\n\n## Contents\n\n## Main\n\n## !!!\n")
            .headings
        #expect(headings.map(\.anchor) == ["next-steps", "next-steps-1", "kyivs-red-lines-thresholds", "contents", "main-1", "section"])
        #expect(headings.map(\.level) == [2, 2, 3, 2, 2, 2])
        #expect(headings[1].location == SourceLocation(path: "content/briefings/x.md", line: 7, column: 1))
    }

    func htmlWarnings(_ markdown: String, dropsHTML: Bool = true) -> [String] {
        let file = ContentFile(
            path: "content/briefings/x.md", kind: .briefing, id: "x", frontMatter: "", frontMatterLine: 2, body: markdown, bodyLine: 5)
        return BodyParser.parse(file, smartPunctuation: true, dropsHTML: dropsHTML).1.map(\.description)
    }

    @Test func rawHTMLDroppedInSafeModeIsOneWarningAtItsFirstPlace() {
        let warnings = htmlWarnings("Text.\n\n<!-- a note for writers -->\n\nSome <b>bold</b> words.\n\n<div>\nA block.\n</div>\n")
        #expect(warnings.count == 1)
        let warning = warnings.first ?? ""
        #expect(
            warning.hasPrefix(
                "content/briefings/x.md:9:6: warning: raw HTML is left out of the page in safe mode (and 2 more in this file):"))
        #expect(warning.contains("'unsafe_html: true' under 'markdown:' in site.yml"))
    }

    @Test func commentsAndUnsafeModeRaiseNoHTMLWarning() {
        #expect(htmlWarnings("<!-- only a note -->\n\nText <!-- and another --> here.\n") == [])
        #expect(htmlWarnings("Some <b>bold</b>.\n", dropsHTML: false) == [])
        #expect(htmlWarnings("Code: `<b>` and\n\n    <div>indented</div>\n") == [], "HTML in code is text, not HTML")
    }

    @Test func aSiteWithUnsafeHTMLSaysNothingAndKeepsIt() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "A <kbd>key</kbd>.\n")
        let safe = try TestSite(files)
        let report = safe.build()
        #expect(report.messages.contains { $0.hasPrefix("content/briefings/alpha.md:7:3: warning: raw HTML") })
        #expect(!(try safe.read("public/briefings/alpha/index.html")).contains("<kbd>"))
        files["site.yml"] = MinimalSite.config + "\nmarkdown:\n  unsafe_html: true\n"
        let unsafe = try TestSite(files)
        #expect(!unsafe.build().messages.contains { $0.contains("raw HTML") })
        #expect(try unsafe.read("public/briefings/alpha/index.html").contains("A <kbd>key</kbd>."))
    }

    @Test func anchorsKeepLettersOfAnyScript() {
        #expect(HeadingAnchors.slug("Безпека України 2026") == "безпека-україни-2026")
    }

    @Test func notesTheLinksSitegenChecksWithTheirPlace() {
        let links = body(
            "See [a](a.md), [b](../themes/b.md#part),\nand [c](c.md \"title\").\n\n[web](https://x.org/a.md) [abs](/a.md) [mail](mailto:a@b.md) `[code](d.md)`\n"
        ).links
        #expect(links.map(\.destination) == ["a.md", "../themes/b.md#part", "c.md", "/a.md"])
        #expect(links.map { "\($0.location.line):\($0.location.column)" } == ["5:5", "5:16", "6:5", "8:27"])
    }

    @Test func resolvesRelativePaths() {
        #expect(LinkDestination.resolve("../themes/b.md", from: "content/briefings/a.md") == "content/themes/b.md")
        #expect(LinkDestination.resolve("./c.md", from: "content/briefings/a.md") == "content/briefings/c.md")
        #expect(LinkDestination.resolve("my%20file.md", from: "content/briefings/a.md") == "content/briefings/my file.md")
        #expect(LinkDestination.resolve("../../../x.md", from: "content/briefings/a.md") == nil)
        #expect(LinkDestination.resolve("b.md?v=1?w", from: "content/briefings/a.md") == "content/briefings/b.md")
        #expect(LinkDestination.resolve("sub//./c.md", from: "content/briefings/a.md") == "content/briefings/sub/c.md")
        #expect(LinkDestination.resolve("%C3%A9t%C3%A9.md", from: "content/briefings/a.md") == "content/briefings/été.md")
        #expect(LinkDestination.resolve("été/../x.md", from: "content/briefings/a.md") == "content/briefings/x.md")
        #expect(LinkDestination.resolve("b.md", from: "a.md") == "b.md")
    }
}
