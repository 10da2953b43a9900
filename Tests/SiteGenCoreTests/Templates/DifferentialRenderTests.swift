import Foundation
import SiteGenTemplates
import Testing

@testable import SiteGenCore

/// Every page of this repository's site and of the fixture site renders byte for byte the same
/// with sitegen's engine as with swift-mustache, given the same templates and contexts.
@Suite struct DifferentialRenderTests {
    @Test(arguments: ["repository", "basic-site"])
    func everyPageIsByteIdenticalToSwiftMustache(_ site: String) throws {
        let fixture = site == "repository" ? nil : try TestSite(fixture: site)
        let root = fixture?.root ?? repositoryRoot
        let (sources, _) = SiteLoader(root: root).load()
        let (parsed, problems) = SiteParser.parse(sources)
        let config = try #require(parsed.config)
        let templates = try #require(parsed.templates, "\(problems)")
        let (index, _) = SiteIndexer.index(
            IndexInput(config: config, briefings: parsed.briefings, themes: parsed.themes, entities: parsed.entities))
        let oracle = try MustacheOracle(sources.templates)
        let builder = ContextBuilder(index: index, liveReload: TrustedHTML("<script src=\"/_sitegen/live.js\"></script>"))
        let markdown = MarkdownRenderer(links: SiteLinks(prefix: config.basePath), unsafeHTML: config.markdown.unsafeHTML)
        var differences: [String] = []
        for page in index.pages {
            let context = builder.context(for: page, markdown: markdown)
            let ours = try #require(templates.render(page.kind.template, context: context, capacity: 0)).get()
            let theirs = try #require(oracle.render(page.kind.template, context))
            if ours != Array(theirs.utf8) {
                differences.append("\(page.path): \(firstDifference(String(decoding: ours, as: UTF8.self), theirs))")
            }
        }
        #expect(index.pages.count > 10)
        #expect(differences == [])
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let a = Array(a.utf8), b = Array(b.utf8)
        let at = zip(a, b).prefix { $0 == $1 }.count
        func around(_ bytes: [UInt8]) -> String { String(decoding: bytes[max(0, at - 40)..<min(bytes.count, at + 40)], as: UTF8.self) }
        return "at byte \(at): ours …\(around(a).debugDescription)… swift-mustache …\(around(b).debugDescription)…"
    }
}
