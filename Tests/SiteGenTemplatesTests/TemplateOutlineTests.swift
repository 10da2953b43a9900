import Testing

@testable import SiteGenTemplates

@Suite struct TemplateOutlineTests {
    func outlined(_ text: String) -> TemplateOutline? {
        TemplateOutline(TemplateSource(name: "t", path: "t.mustache", text: text))
    }

    @Test func sectionsAreConditionalFromTheirOpeningToTheirClosingLine() throws {
        let outline = try #require(
            outlined(
                "<a id=\"top\">\n{{#items}}\n  <a id=\"x\">\n{{/items}}\n{{^none}}<b>{{/none}}\n{{$block}}\n<p id=\"y\">\n{{/block}}\n"))
        #expect(outline.conditionalLines == [2...4, 5...5])
        #expect(!outline.isConditional(line: 1) && outline.isConditional(line: 3) && !outline.isConditional(line: 7))
        #expect(!outline.setsDelimiters)
    }

    @Test func includesSayWhetherTheyArePrintedUnderACondition() throws {
        let outline = try #require(outlined("{{<base}}{{$main}}{{> card}}{{#list}}{{> item}}{{>*dynamic}}{{/list}}{{/main}}{{/base}}"))
        #expect(
            outline.includes == [
                .init(name: "base", line: 1, conditional: false, dynamic: false),
                .init(name: "card", line: 1, conditional: false, dynamic: false),
                .init(name: "item", line: 1, conditional: true, dynamic: false),
                .init(name: "dynamic", line: 1, conditional: true, dynamic: true),
            ])
    }

    @Test func otherDelimitersAndBrokenTemplatesAreSaid() {
        #expect(outlined("{{=<% %>=}}<% x %>")?.setsDelimiters == true)
        #expect(outlined("{{/closes-nothing}}") == nil)
        #expect(outlined("{{unclosed") == nil)
    }
}
