import Mustache
import Testing

@testable import SiteGenCore

/// swift-mustache renders a missing partial as nothing; sitegen reads the partial names from the
/// library's parse to report them. These tests fail if an upgrade of swift-mustache changes that.
@Suite struct TemplateReferencesTests {
    @Test func findsPartialsAndParentsAtAnyDepth() throws {
        let template = try MustacheTemplate(
            string: "{{<base}}{{$content}}{{#items}}{{> partials/card}}{{^x}}{{>deep}}{{/x}}{{/items}}{{/content}}{{/base}}{{> tail}}")
        #expect(Set(TemplateReferences.names(in: template)) == ["base", "partials/card", "deep", "tail"])
    }

    @Test func aMissingPartialOrParentIsAnErrorAtItsTag() {
        let sources = [
            SourceText(path: "templates/base.mustache", text: "<main>\n  {{> partials/foter}}\n</main>"),
            SourceText(path: "templates/partials/footer.mustache", text: "f"),
            SourceText(path: "templates/home.mustache", text: "{{<bsae}}{{/bsae}}"),
        ]
        let (set, problems) = TemplateParser.parse(sources, required: ["home"])
        #expect(set == nil)
        #expect(
            problems.map(\.description) == [
                "templates/base.mustache:2:7: error: template 'partials/foter' not found: there is no templates/partials/foter.mustache (did you mean 'partials/footer'?)",
                "templates/home.mustache:1:4: error: template 'bsae' not found: there is no templates/bsae.mustache (did you mean 'base'?)",
            ])
    }
}
