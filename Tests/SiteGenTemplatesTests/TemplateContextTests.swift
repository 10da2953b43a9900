import SiteGenTemplates
import Testing

@TemplateContext
struct Link: Sendable {
    var title: String
    var url: String
}

@TemplateContext
struct Extra: Sendable {
    var count: Int
}

@TemplateContext
struct Page: Sendable {
    var title: String
    var body: TrustedHTML
    var draft: Bool
    var updated: String?
    var links: [Link]
    var card: Encoded<Link>
    var score: Double
    var rank: Int?
    /// Not a key: computed.
    var shout: String { title.uppercased() }
    /// Not a key: static.
    static let kind = "page"
}

/// Typed contexts: `@TemplateContext` turns a struct's stored properties into keys, values and
/// a schema, and the three agree.
@Suite struct TemplateContextTests {
    let page = Page(
        title: "T", body: TrustedHTML("<p>x</p>"), draft: false, updated: nil,
        links: [Link(title: "a", url: "/a/"), Link(title: "b", url: "/b/")], card: Encoded(Link(title: "c", url: "/c/")), score: 0.5,
        rank: nil)

    @Test func everyStoredPropertyIsAKeyInOrderWithNilAsNull() throws {
        guard case .object(let object) = page.templateValue else { Issue.record("not an object"); return }
        #expect(object.shape.keys == ["title", "body", "draft", "updated", "links", "card", "score", "rank"])
        guard case .null = object["updated"] else { Issue.record("nil is not null"); return }
        guard case .html(let html) = object["body"], html.html == "<p>x</p>" else { Issue.record("HTML is not trusted HTML"); return }
        guard case .list(let links) = object["links"], links.count == 2, case .object(let first) = links[0],
            case .object(let second) = links[1]
        else { Issue.record("links"); return }
        // Objects of one type share one shape.
        #expect(first.shape === second.shape)
        guard case .object(let card) = object["card"], case .string("c") = card["title"] else { Issue.record("card"); return }
    }

    @Test func rendersThroughTheEngine() throws {
        let (library, _) = TemplateLibrary.compile([
            TemplateSource(
                name: "t", path: "t",
                text: "{{title}} {{{body}}}{{#links}} {{title}}={{url}}{{/links}} {{card.url}} {{^updated}}new{{/updated}}")
        ])
        #expect(try library.renderString("t", context: page.templateValue) == "T <p>x</p> a=/a/ b=/b/ /c/ new")
    }

    @Test func theSchemaComesFromTheSameDeclaration() {
        let schema = Page.templateSchema
        #expect(schema.fields.map(\.name) == ["title", "body", "draft", "updated", "links", "card", "score", "rank"])
        #expect(schema.fields.map(\.optional) == [false, false, false, true, false, false, false, true])
        guard case .html = schema.field("body")!.schema.kind, case .flag = schema.field("draft")!.schema.kind,
            case .list(let element) = schema.field("links")!.schema.kind
        else { Issue.record("kinds"); return }
        #expect(element.fields.map(\.name) == ["title", "url"])
        // `Encoded<Link>` has Link's keys.
        #expect(schema.field("card")!.schema.fields.map(\.name) == ["title", "url"])
    }

    @Test func checksNamesAgainstTheSchemaScopeByScope() {
        let (library, _) = TemplateLibrary.compile([
            TemplateSource(name: "t", path: "t.mustache", text: "{{titel}}\n{{#links}}{{url}}{{draft}}{{urll}}{{/links}}\n{{card.titl}}")
        ])
        let problems = TemplateChecker.check(library, template: "t", context: Page.templateSchema)
        #expect(
            problems.map(\.description) == [
                "t.mustache:1:1: warning: 'titel' is no value of this page here, so it renders as nothing (did you mean 'title'?)",
                "t.mustache:2:27: warning: 'urll' is no value of this page here, so it renders as nothing (did you mean 'url'?)",
                "t.mustache:3:1: warning: 'card.titl' is no value of this page here, so it renders as nothing (did you mean 'card.title'?)",
            ])
    }
}

@TemplateContext
struct Awkward: Sendable {
    /// Named like the generated function's parameter.
    var values: [Int]
    var a, b: Int
    var `default`: Bool
    var watched: String = "" {
        didSet {}
    }
}

/// What `@TemplateContext` takes as a key: every stored property, however it is written.
@Suite struct TemplateContextMacroTests {
    @Test func namesThatShadowObserversAndSharedTypesAreKeys() {
        let value = Awkward(values: [1, 2], a: 3, b: 4, default: true, watched: "w")
        #expect(Awkward.templateKeys == ["values", "a", "b", "default", "watched"])
        guard case .object(let object) = value.templateValue, case .list(let list) = object["values"], list.count == 2,
            case .int(4) = object["b"], case .bool(true) = object["default"], case .string("w") = object["watched"]
        else {
            Issue.record("\(value.templateValue)")
            return
        }
    }
}
