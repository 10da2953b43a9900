import SiteGenTemplates
import Testing

@testable import SiteGenCore

/// The schema that template checks and README's table of keys come from is read from the
/// context types by a probing decoder, and the values by an encoder: on every page of the
/// fixture, each object has exactly the keys its schema says, in the same order.
@Suite struct PageContextSchemaTests {
    @Test func everyPageOfTheFixtureHasExactlyTheKeysOfItsSchema() throws {
        let site = try TestSite(fixture: "basic-site")
        let (sources, _) = SiteLoader(root: site.root).load()
        let (parsed, _) = SiteParser.parse(sources)
        let config = try #require(parsed.config)
        let (index, _) = SiteIndexer.index(
            IndexInput(
                config: config, briefings: parsed.briefings, themes: parsed.themes, entities: parsed.entities, sources: parsed.sources))
        let builder = ContextBuilder(index: index, liveReload: TrustedHTML("<script></script>"))
        let markdown = MarkdownRenderer(links: SiteLinks(prefix: config.basePath), unsafeHTML: false)
        #expect(Set(index.pages.map(\.kind)) == Set(PageKind.allCases))
        var problems: [String] = []
        var objects = 0
        for page in index.pages {
            var pending: [(TemplateValue, TemplateSchema, String)] = [
                (
                    builder.context(for: page, markdown: markdown), page.kind.contextSchema(strings: Set(config.strings.texts.keys)),
                    page.path
                )
            ]
            while let (value, schema, path) = pending.popLast() {
                switch (value, schema.kind) {
                case (.object(let object), .object(let fields)):
                    objects += 1
                    if object.shape.keys != fields.map(\.name) { problems.append("\(path): \(object.shape.keys) ≠ \(fields.map(\.name))") }
                    for (field, child) in zip(fields, object.values) { pending.append((child, field.schema, path + "." + field.name)) }
                case (.list(let items), .list(let element)):
                    pending += items.map { ($0, element, path + "[]") }
                case (.lazyList(let list), .list(let element)):
                    pending += (0..<list.count).map { (list[$0], element, path + "[]") }
                case (.null, _), (.string, .text), (.html, .html), (.int, .number), (.bool, .flag): continue
                default: problems.append("\(path): \(value) does not fit \(schema.typeName)")
                }
            }
        }
        #expect(problems == [])
        #expect(objects > 100)
    }

    @Test func aTypoInATemplateIsAWarningAtItsTagWithTheRightKey() {
        let sources = [
            SourceText(
                path: "templates/home.mustache",
                text: "<title>{{site.titel}}</title>\n{{#latest}}{{titel}}{{/latest}}\n{{#latest}}{{site.title}}{{/latest}}")
        ]
        let (_, problems) = TemplateSet.compile(sources, required: ["home"])
        #expect(
            problems.map(\.description) == [
                "templates/home.mustache:1:8: warning: 'site.titel' is no value of this page here, so it renders as nothing (did you mean 'site.title'?); README lists the values of each page",
                "templates/home.mustache:2:12: warning: 'titel' is no value of this page here, so it renders as nothing (did you mean 'title'?); README lists the values of each page",
            ])
    }

    @Test func aNameIsJudgedInTheScopeItIsUsedIn() {
        // `iso` is a key of a date, not of the page: fine inside {{#briefing.date}}, unknown outside.
        let sources = [
            SourceText(
                path: "templates/briefing.mustache",
                text:
                    "{{#briefing.date}}{{iso}}{{/briefing.date}}\n{{iso}}\n{{#furtherReading}}{{#items}}{{title}} {{cardLevel}}{{/items}}{{/furtherReading}}"
            )
        ]
        let (_, problems) = TemplateSet.compile(sources, required: ["briefing"])
        #expect(problems.map(\.location?.description) == ["templates/briefing.mustache:2:1"])
    }
}
