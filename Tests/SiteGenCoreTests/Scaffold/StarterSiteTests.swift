import Foundation
import Testing

@testable import SiteGenCore

@Suite struct StarterSiteTests {
    let today = ContentDate(year: 2026, month: 12, day: 2)!

    @Test func theStarterSiteBuildsAndChecksWithoutAWord() throws {
        let site = try TestSite()
        let result = try NewFiles.write(StarterSite.files(title: "Équipe «Kyiv»: \"briefings\"", date: today), into: site.root)
        #expect(result.kept.isEmpty)
        let check = SiteBuilder.build(BuildOptions(siteRoot: site.root, strict: true, write: false))
        #expect(check.diagnostics.map(\.description) == [])
        let build = site.build(strict: true)
        #expect(build.succeeded)
        // The title, quoted by the emitter, reads back whole; the briefing is dated today and
        // names the entity and the source, so their pages show it.
        #expect(try site.read("public/index.html").contains("Équipe «Kyiv»: &quot;briefings&quot;"))
        let briefing = try site.read("public/briefings/first-briefing/index.html")
        #expect(briefing.contains("datetime=\"2026-12-02\""))
        #expect(try site.read("public/entities/example-organisation/index.html").contains("/briefings/first-briefing/"))
        #expect(try site.read("public/sources/example-source/index.html").contains("/briefings/first-briefing/"))
    }

    @Test func writingKeepsEveryFileAlreadyThere() throws {
        let site = try TestSite(["site.yml": "title: Mine\n"])
        let result = try NewFiles.write(StarterSite.files(title: "Theirs", date: today), into: site.root)
        #expect(result.kept == ["site.yml"])
        #expect(result.written.count == 5)
        #expect(try site.read("site.yml") == "title: Mine\n")
    }

    /// Titles YAML would misread if written plainly: each must read back as exactly that text.
    @Test(arguments: [
        "Who’s at the table: «Kyiv» & \"partners\"?", "yes", "null", "2026-12-02", "- a list?", "# not a comment",
        "Гарантії безпеки", "a \\ backslash", "tab\there", "[not, a, list]", "{not: a map}", "*alias", "'single'",
    ])
    func aNewFileReadsBackItsTitleExactly(_ title: String) throws {
        let site = try TestSite(MinimalSite.files)
        var briefing = NewContent(.briefing, title: title, id: "new-one", date: today)
        briefing.themes = ["guarantees"]
        var entity = NewContent(.entity, title: title, id: "new-entity", date: today)
        entity.entityKind = .state
        let source = NewContent(.source, title: title, id: "new-source", date: today)
        let theme = NewContent(.theme, title: title, id: "new-theme", date: today)
        _ = try NewFiles.write([briefing.file(), entity.file(), source.file(), theme.file()], into: site.root)
        let (sources, _) = SiteLoader(root: site.root).load()
        let (parsed, problems) = SiteParser.parse(sources)
        #expect(problems.filter { $0.severity == .error }.map(\.description) == [])
        let new = try #require(parsed.briefings.first { $0.id == "new-one" })
        #expect(new.title == title)
        #expect(new.draft)
        #expect(new.date == today)
        #expect(new.themes.map(\.value) == ["guarantees"])
        #expect(parsed.entities.first { $0.id == "new-entity" }?.name.value == title)
        #expect(parsed.entities.first { $0.id == "new-entity" }?.kind == .state)
        #expect(parsed.sources.first { $0.id == "new-source" }?.title == title)
        #expect(parsed.sources.first { $0.id == "new-source" }?.accessed == today)
        #expect(parsed.themes.first { $0.id == "new-theme" }?.title == title)
    }

    @Test func anIdThatYAMLWouldReadAsAnotherTypeIsQuoted() throws {
        var briefing = NewContent(.briefing, title: "A title", date: today)
        briefing.themes = ["yes", "next-steps", "2026"]
        let text = String(decoding: try briefing.file().bytes, as: UTF8.self)
        #expect(text.contains("themes: [\"yes\", next-steps, \"2026\"]\n"))
        #expect(text.contains("\ndraft: true\n"))
        #expect(briefing.path == "content/briefings/a-title.md")
    }

    @Test func themesComeInTheSiteOrder() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(SiteThemes(site: site.root).ids == ["guarantees", "next-steps"])
        let listed = "themes: [guarantees, next-steps]"
        try site.write("site.yml", MinimalSite.config.replacingOccurrences(of: listed, with: "themes: [next-steps, guarantees]"))
        #expect(SiteThemes(site: site.root).first == "next-steps")
        try site.write("site.yml", MinimalSite.config.replacingOccurrences(of: listed, with: ""))
        #expect(SiteThemes(site: site.root).listed == nil)
        #expect(SiteThemes(site: site.root).first == "guarantees")
    }
}
