import Testing

@testable import SiteGenCore

@Suite struct TemplateParserTests {
    let required = ["home"]

    @Test func reportsSyntaxErrorsAtFileLineAndColumn() {
        let broken = SourceText(path: "templates/home.mustache", text: "<h1>{{title}}</h1>\n<p>{{#items}}{{name}}{{/item}}</p>\n")
        let (set, problems) = TemplateParser.parse([broken], required: required)
        #expect(set == nil)
        #expect(
            problems.map(\.description) == [
                "templates/home.mustache:2:26: error: template error: this closing tag does not match the section it closes"
            ])
    }

    @Test func reportsMissingTemplatesOnce() {
        let (_, problems) = TemplateParser.parse([SourceText(path: "templates/other.mustache", text: "x")], required: ["home", "theme"])
        #expect(
            problems.map(\.description) == [
                "error: missing templates templates/home.mustache, templates/theme.mustache: templates/ needs one per page kind (home.mustache, theme.mustache)"
            ])
    }

    @Test func rendersWithPartialsAndInheritanceAndEscapes() throws {
        let sources = [
            SourceText(path: "templates/base.mustache", text: "<main>{{$content}}{{/content}}</main>"),
            SourceText(path: "templates/partials/x.mustache", text: "[{{name}}]"),
            SourceText(path: "templates/home.mustache", text: "{{<base}}{{$content}}{{> partials/x}}{{{body}}}{{/content}}{{/base}}"),
        ]
        let (set, problems) = TemplateParser.parse(sources, required: required)
        #expect(problems.isEmpty)
        let html = try #require(set).render("home", context: ["name": "<b>&\"'", "body": "<i>ok</i>"])
        #expect(html == "<main>[&lt;b&gt;&amp;&quot;&#39;]<i>ok</i></main>")
    }
}
