import Testing

@testable import SiteGenCore

@Suite struct SiteConfigParserTests {
    func parse(_ text: String) -> (SiteConfig?, [String]) {
        let (config, problems) = SiteConfigParser.parse(SourceText(path: "site.yml", text: text))
        return (config, problems.map(\.description))
    }

    @Test func readsEverySetting() throws {
        let (config, problems) = parse(
            """
            title: T
            description: D
            base_url: https://example.org/ukraine
            language: fr
            themes: [a, b]
            markdown:
              unsafe_html: true
              smart_punctuation: false
            """)
        #expect(problems.isEmpty)
        let c = try #require(config)
        #expect(c.baseURL == "https://example.org/ukraine/")
        #expect(c.basePath == "/ukraine/")
        #expect(c.language == "fr")
        #expect(c.themeOrder?.map(\.value) == ["a", "b"])
        #expect(c.markdown == MarkdownOptions(smartPunctuation: false, unsafeHTML: true))
    }

    @Test func defaults() throws {
        let (config, _) = parse("title: T")
        let c = try #require(config)
        #expect(c.baseURL == "/" && c.basePath == "/" && c.language == "en" && c.themeOrder == nil)
        #expect(c.markdown == MarkdownOptions(smartPunctuation: true, unsafeHTML: false))
    }

    @Test func badValues() {
        let (_, problems) = parse("title: T\nbase_url: ftp://x\nmarkdown:\n  unsafe_html: maybe\n  safe: 1\n")
        #expect(
            problems == [
                "site.yml:2:11: error: 'base_url' must be an http(s) URL such as https://example.org/briefings/, or a path starting with '/'",
                "site.yml:4:16: error: 'unsafe_html' must be true or false, not 'maybe'",
                "site.yml:5:3: warning: unknown field 'safe'",
            ])
    }

    @Test(arguments: [
        ("https://example.org", "/"), ("https://example.org/a/b", "/a/b/"), ("/docs", "/docs/"), ("http://localhost:8000/", "/"),
    ])
    func basePaths(_ url: String, _ path: String) throws {
        let normalised = try #require(BaseURL.normalised(url))
        #expect(BaseURL.path(of: normalised) == path)
    }

    @Test(arguments: ["example.org", "//example.org", "javascript:alert(1)", "https://example.org/?q=1"])
    func rejectedBaseURLs(_ url: String) {
        #expect(BaseURL.normalised(url) == nil)
    }
}
