import SiteGenTemplates
import Testing

/// Rendering beyond the spec's cases: escaping, trusted HTML, numbers, the depth limit.
@Suite struct TemplateRenderTests {
    func render(_ templates: [String: String], _ context: TemplateValue, options: TemplateLibrary.Options = .init()) throws -> String? {
        let (library, _) = TemplateLibrary.compile(
            templates.map { TemplateSource(name: $0.key, path: "\($0.key).mustache", text: $0.value) }, options: options)
        return try library.renderString("t", context: context)
    }

    @Test func escapesTheFiveCharactersAndCopiesTheRest() throws {
        let context = TemplateValue.object(TemplateObject(["x": "a<b>&\"'é ok", "plain": "nothing to escape"]))
        #expect(try render(["t": "{{x}}|{{plain}}"], context) == "a&lt;b&gt;&amp;&quot;&#39;é ok|nothing to escape")
    }

    @Test func onlyTrustedHTMLIsRawWhenRawTextIsEscaped() throws {
        let context = TemplateValue.object(TemplateObject(["text": "<b>", "html": .html(TrustedHTML("<i>x</i>"))]))
        let options = TemplateLibrary.Options(escapeRawText: true)
        #expect(
            try render(["t": "{{{text}}} {{&text}} {{{html}}} {{html}}"], context, options: options)
                == "&lt;b&gt; &lt;b&gt; <i>x</i> &lt;i&gt;x&lt;/i&gt;")
        #expect(try render(["t": "{{{text}}}"], context) == "<b>")
    }

    @Test func printsNumbersAndFlags() throws {
        let context = TemplateValue.object(
            TemplateObject(["n": .int(-1_234_567), "z": 0, "max": .int(Int.max), "min": .int(Int.min), "f": .double(2.5), "b": true]))
        #expect(
            try render(["t": "{{n}} {{z}} {{max}} {{min}} {{f}} {{b}}"], context)
                == "-1234567 0 9223372036854775807 -9223372036854775808 2.5 true")
    }

    @Test func aNullValueHidesTheSameKeyFurtherOut() throws {
        // The spec's lookup: a key that is there, even as null, ends the search.
        let inner = TemplateValue.object(TemplateObject(["title": .null]))
        let context = TemplateValue.object(TemplateObject(["title": "outer", "inner": inner]))
        #expect(try render(["t": "{{#inner}}[{{title}}]{{/inner}}"], context) == "[]")
    }

    @Test func aRecursionTheDataNeverEndsStopsAtTheDepthLimitWithItsPlace() {
        let context = TemplateValue.object(TemplateObject(["yes": true]))
        let error = #expect(throws: TemplateRenderError.self) {
            try render(["t": "{{>p}}", "p": "x\n{{#yes}}{{>p}}{{/yes}}"], context, options: .init(maximumDepth: 20))
        }
        #expect(
            error?.description
                == "p.mustache:2:9: error: partials, parents and blocks nest more than 20 deep here: a recursion that does not end")
    }

    @Test func dynamicPartialsAndParentsResolveByValue() throws {
        let context = TemplateValue.object(TemplateObject(["which": "b", "name": "N"]))
        let templates = ["t": "{{>*which}}|{{<*which}}{{$x}}over{{/x}}{{/*which}}", "b": "<{{name}}{{$x}}default{{/x}}>"]
        #expect(try render(templates, context) == "<Ndefault>|<Nover>")
    }

    @Test func includesThatNeverEndAreErrorsAtTheTagThatClosesTheCycle() {
        let sources = [
            TemplateSource(name: "a", path: "a.mustache", text: "x {{>b}}"),
            TemplateSource(name: "b", path: "b.mustache", text: "\n{{<a}}{{/a}}"),
            TemplateSource(name: "c", path: "c.mustache", text: "{{#list}}{{>c}}{{/list}}"),
        ]
        let (_, problems) = TemplateLibrary.compile(sources)
        #expect(
            problems.map(\.description) == [
                "b.mustache:2:1: error: template 'a' includes itself through a → b → a; a template may not include itself, directly or not, unless a section that can be empty stands between, since it would render without end"
            ])
    }
}

/// Cases a review found beyond the spec's.
@Suite struct TemplateEdgeCaseTests {
    func render(_ templates: [String: String], _ context: TemplateValue = .object(TemplateObject([:]))) throws -> String? {
        let (library, _) = TemplateLibrary.compile(
            templates.map { TemplateSource(name: $0.key, path: "\($0.key).mustache", text: $0.value) })
        return try library.renderString("t", context: context)
    }

    @Test func aPartialInsideALineTakesNoIndentationEvenInsideAnIndentedPartial() throws {
        #expect(try render(["t": "<ul>\n  {{>li}}\n</ul>\n", "li": "<li>{{>x}}</li>\n", "x": "x"]) == "<ul>\n  <li>x</li>\n</ul>\n")
        #expect(try render(["t": "<ul>\n  {{>li}}\n</ul>\n", "li": "{{>x}} tail\n", "x": "x\ny"]) == "<ul>\n  x\ny tail\n</ul>\n")
        // A standalone partial inside an indented one adds its indentation to its caller's.
        #expect(try render(["t": "  {{>a}}\n", "a": "a\n  {{>b}}\n", "b": "b\nc\n"]) == "  a\n    b\n    c\n")
    }

    @Test func aBlockHoldingABlockOfItsOwnNameIsCheckedWithoutEnd() {
        let sources = [
            TemplateSource(name: "t", path: "t.mustache", text: "{{<p}}{{$b}}x{{$b}}y{{/b}}{{/b}}{{/p}}"),
            TemplateSource(name: "p", path: "p.mustache", text: "{{$b}}d{{/b}}"),
        ]
        let (library, _) = TemplateLibrary.compile(sources)
        let problems = TemplateChecker.check(library, template: "t", context: TemplateSchema(typeName: "Empty", kind: .object([])))
        #expect(problems.isEmpty)
        // Rendering it stops at the depth limit, with its place.
        #expect(throws: TemplateRenderError.self) { try library.renderString("t", context: .object(TemplateObject([:]))) }
    }
}
