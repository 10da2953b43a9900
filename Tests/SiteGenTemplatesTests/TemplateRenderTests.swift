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
            TemplateObject(["n": .int(-1_234_567), "z": 0, "max": .int(Int.max), "f": .double(2.5), "b": true]))
        #expect(try render(["t": "{{n}} {{z}} {{max}} {{f}} {{b}}"], context) == "-1234567 0 9223372036854775807 2.5 true")
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
