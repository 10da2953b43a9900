import SiteGenTemplates
import Testing

@testable import SiteGenCore

@Suite struct TemplateSetTests {
    let required = ["home"]

    @Test func reportsSyntaxErrorsAtFileLineAndColumn() {
        let broken = SourceText(path: "templates/home.mustache", text: "<h1>{{title}}</h1>\n<p>{{#items}}{{name}}{{/item}}</p>\n")
        let (set, problems) = TemplateSet.compile([broken], required: required)
        #expect(set == nil)
        #expect(
            problems.map(\.description) == [
                "templates/home.mustache:2:22: error: '{{/item}}' does not close 'items', opened at line 2, column 4: expected '{{/items}}'"
            ])
    }

    @Test func anUnclosedSectionIsReportedAtItsOpeningTagInsideTheFile() {
        let broken = SourceText(path: "templates/home.mustache", text: "a\n  {{#items}}\nb\n")
        let (_, problems) = TemplateSet.compile([broken], required: required)
        #expect(
            problems.map(\.description) == [
                "templates/home.mustache:2:3: error: this section 'items' is never closed: expected '{{/items}}'"
            ])
    }

    @Test func reportsMissingTemplatesOnce() {
        let (_, problems) = TemplateSet.compile([SourceText(path: "templates/other.mustache", text: "x")], required: ["home", "theme"])
        #expect(
            problems.map(\.description) == [
                "error: missing templates templates/home.mustache, templates/theme.mustache: templates/ needs one per page kind (home.mustache, theme.mustache)"
            ])
    }

    @Test func aMissingPartialOrParentIsAnErrorAtItsTag() {
        let sources = [
            SourceText(path: "templates/base.mustache", text: "<main>\n  {{> partials/foter}}\n</main>"),
            SourceText(path: "templates/partials/footer.mustache", text: "f"),
            SourceText(path: "templates/home.mustache", text: "{{<bsae}}{{/bsae}}"),
        ]
        let (set, problems) = TemplateSet.compile(sources, required: ["home"])
        #expect(set == nil)
        #expect(
            problems.map(\.description) == [
                "templates/base.mustache:2:3: error: template 'partials/foter' not found: there is no templates/partials/foter.mustache (did you mean 'partials/footer'?)",
                "templates/home.mustache:1:1: error: template 'bsae' not found: there is no templates/bsae.mustache (did you mean 'base'?)",
            ])
    }

    @Test func aBrokenPartialIsReportedOnceNotAlsoAsMissing() {
        let sources = [
            SourceText(path: "templates/partials/x.mustache", text: "{{#a}}"),
            SourceText(path: "templates/home.mustache", text: "{{> partials/x}}"),
        ]
        let (_, problems) = TemplateSet.compile(sources, required: ["home"])
        #expect(
            problems.map(\.description) == ["templates/partials/x.mustache:1:1: error: this section 'a' is never closed: expected '{{/a}}'"]
        )
    }

    @Test func rendersWithPartialsAndInheritanceAndEscapesAllButTrustedHTML() throws {
        let sources = [
            SourceText(path: "templates/base.mustache", text: "<main>{{$content}}{{/content}}</main>"),
            SourceText(path: "templates/partials/x.mustache", text: "[{{name}}]"),
            SourceText(
                path: "templates/home.mustache", text: "{{<base}}{{$content}}{{> partials/x}}{{{body}}}{{{name}}}{{/content}}{{/base}}"),
        ]
        let (set, _) = TemplateSet.compile(sources, required: required)
        let context = TemplateValue.object(TemplateObject(["name": "<b>&\"'", "body": .html(TrustedHTML("<i>ok</i>"))]))
        let bytes = try #require(set).render("home", context: context, capacity: 0)
        let html = try String(decoding: #require(try bytes?.get()), as: UTF8.self)
        // Plain text stays escaped even in {{{…}}}: only TrustedHTML reaches the page as it is.
        #expect(html == "<main>[&lt;b&gt;&amp;&quot;&#39;]<i>ok</i>&lt;b&gt;&amp;&quot;&#39;</main>")
    }
}
