import Testing

@testable import SiteGenCore

@Suite struct CommonMarkTests {
    @Test func roundTripsThroughTheSwiftTree() {
        let markdown = """
            # Title

            Para with *em*, **strong**, `code`, [link](https://x.org "T") and ![img](i.png).\\
            Hard break above; soft
            break here.

            > quote

            3. three
            4. four

            - [ ] loose

              second paragraph

            ```swift
            let x = 1
            ```

            ---

            """
        let expected = """
            <h1>Title</h1>
            <p>Para with <em>em</em>, <strong>strong</strong>, <code>code</code>, <a href="https://x.org" title="T">link</a> and <img src="i.png" alt="img" />.<br />
            Hard break above; soft
            break here.</p>
            <blockquote>
            <p>quote</p>
            </blockquote>
            <ol start="3">
            <li>three</li>
            <li>four</li>
            </ol>
            <ul>
            <li>
            <p>[ ] loose</p>
            <p>second paragraph</p>
            </li>
            </ul>
            <pre><code class="language-swift">let x = 1
            </code></pre>
            <hr />

            """
        #expect(CommonMark.renderHTML(CommonMark.parse(markdown, smartPunctuation: false)) == expected)
    }

    @Test func safeModeDropsRawHTMLAndDangerousLinks() {
        let document = CommonMark.parse("<script>x</script>\n\n[a](javascript:alert(1)) <b>b</b> ![i](data:text/html,x)\n")
        #expect(
            CommonMark.renderHTML(document)
                == "<!-- raw HTML omitted -->\n<p><a href=\"\">a</a> <!-- raw HTML omitted -->b<!-- raw HTML omitted --> <img src=\"\" alt=\"i\" /></p>\n"
        )
        #expect(CommonMark.renderHTML(document, unsafe: true).contains("<script>x</script>"))
    }

    @Test func smartPunctuationIsAnOption() {
        let text = "\"Quoted\" -- it's... done"
        #expect(CommonMark.renderHTML(CommonMark.parse(text)) == "<p>“Quoted” – it’s… done</p>\n")
        #expect(CommonMark.renderHTML(CommonMark.parse(text, smartPunctuation: false)) == "<p>&quot;Quoted&quot; -- it's... done</p>\n")
    }

    @Test func positionsAreLinesOfTheFile() {
        let document = CommonMark.parse("Intro.\n\n## Head\n\nA [link](x.md).\n", firstLine: 7)
        let found = document.walk().filter(\.entering).map { document[$0.index] }
        let heading = found.first { if case .heading = $0.kind { true } else { false } }
        let link = found.first { if case .link = $0.kind { true } else { false } }
        #expect(heading?.line == 9 && heading?.column == 1)
        #expect(link?.line == 11 && link?.column == 3)
    }

    @Test func customNodesAreWrittenEvenInSafeMode() {
        var document = CommonMark.parse("## Title\n")
        let heading = document.children(of: document.root)[0]
        document.setKind(.customBlock(onEnter: "<h2 id=\"t\">", onExit: "</h2>"), of: heading)
        #expect(CommonMark.renderHTML(document) == "<h2 id=\"t\">\nTitle\n</h2>\n")
    }

    @Test func editsAreRenderedInPlaceOfTheirNodesAndLeaveTheDocumentAsItWas() throws {
        let document = CommonMark.parse("> - one NATO two\n>   - [deep](a.md)\n\nafter\n", smartPunctuation: false)
        let before = CommonMark.renderHTML(document)
        let nodes = document.walk().filter(\.entering).map(\.index)
        let text = try #require(nodes.first { document[$0].kind == .text("one NATO two") })
        let link = try #require(nodes.first { if case .link = document[$0].kind { true } else { false } })
        var edits = MarkdownEdits()
        edits.set(.split([.text(0..<4), .link(url: "/e/nato/", text: 4..<8), .text(8..<12)]), of: text, in: document)
        edits.set(.destination("/b/a/"), of: link, in: document)
        #expect(
            CommonMark.renderHTML(document, edits: edits)
                == "<blockquote>\n<ul>\n<li>one <a href=\"/e/nato/\">NATO</a> two\n<ul>\n<li><a href=\"/b/a/\">deep</a></li>\n</ul>\n</li>\n</ul>\n</blockquote>\n<p>after</p>\n"
        )
        #expect(CommonMark.renderHTML(document) == before)
    }

    @Test func reportsTheLinkedVersion() {
        #expect(CommonMark.version.split(separator: ".").count == 3)
        #expect(CommonMark.versionNumber >= 0x001D00)
    }
}
