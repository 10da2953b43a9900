import Testing

@testable import SiteGenCore

/// `ContextKeys` lists every key the contexts hold, so that the unknown-variable warning of
/// templates never fires on a real value.
@Suite struct ContextKeysTests {
    @Test func everyKeyOfEveryPageOfTheFixtureIsKnown() throws {
        let site = try TestSite(fixture: "basic-site")
        let (sources, _) = SiteLoader(root: site.root).load()
        let (parsed, _) = SiteParser.parse(sources)
        let config = try #require(parsed.config)
        let (index, _) = SiteIndexer.index(
            IndexInput(config: config, briefings: parsed.briefings, themes: parsed.themes, entities: parsed.entities))
        let builder = ContextBuilder(index: index)
        let markdown = MarkdownRenderer(basePath: config.basePath, unsafeHTML: false)
        var keys: Set<String> = []
        var pending: [Any] = index.pages.map { builder.context(for: $0, markdown: markdown) }
        #expect(Set(index.pages.map(\.kind)) == Set(PageKind.allCases))
        while let value = pending.popLast() {
            if let dictionary = value as? [String: Any] {
                keys.formUnion(dictionary.keys)
                pending += Array(dictionary.values)
            } else if let array = value as? [Any] {
                pending += array
            }
        }
        #expect(keys.subtracting(ContextKeys.all).isEmpty, "\(keys.subtracting(ContextKeys.all).sorted())")
        // And the list holds nothing the contexts never use: but the preview's liveReload, and
        // `more`, which needs a theme or an entity with more briefings than the fixture has.
        #expect(ContextKeys.all.subtracting(keys).sorted() == ["liveReload", "more"])
    }
}
