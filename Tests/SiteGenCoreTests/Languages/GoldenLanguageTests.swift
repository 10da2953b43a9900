import Foundation
import Testing

@testable import SiteGenCore

/// The fixture site built in French and in Ukrainian: its home page, a briefing, the index and
/// an entity page against the golden files in `Tests/Fixtures/basic-site.golden-<language>/`.
/// Re-record with `SITEGEN_RECORD=1 swift test --filter GoldenLanguageTests`, then review the diff.
@Suite struct GoldenLanguageTests {
    static let pages = ["index.html", "briefings/first-look/index.html", "index/index.html", "entities/kyiv/index.html"]

    @Test(arguments: ["fr", "uk"]) func theFixtureInALanguageMatchesItsGoldenPages(language: String) throws {
        let site = try TestSite(fixture: "basic-site")
        let config = try site.read("site.yml")
        try site.write("site.yml", config.replacingOccurrences(of: "language: en-GB", with: "language: \(language)"))
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.messages == TestSite.basicSiteMessages)
        try expectGolden(site, pages: Self.pages, in: "basic-site.golden-\(language)")
    }

    /// The fixture in English, French and Ukrainian, with `first-look` and `kyiv` translated:
    /// translated pages, a fallback page and the English home with its switcher, against
    /// `Tests/Fixtures/basic-site.golden-multilingual/`.
    static let multilingualPages = [
        "index.html", "fr/briefings/first-look/index.html", "uk/briefings/first-look/index.html", "fr/briefings/second-take/index.html",
        "uk/entities/kyiv/index.html",
    ]

    @Test func theFixtureInThreeLanguagesMatchesItsGoldenPages() throws {
        let site = try TestSite(fixture: "basic-site")
        let translations = repositoryRoot.appendingPathComponent("Tests/Fixtures/basic-site.translations")
        for (path, bytes) in try TestSite.files(under: translations) { try site.write(path, bytes: bytes) }
        try site.write("site.yml", try site.read("site.yml") + "languages:\n  fr:\n    title: Site d’essai\n  uk: {}\n")
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.messages == TestSite.basicSiteMessages, "the translations add no problem")
        try expectGolden(site, pages: Self.multilingualPages, in: "basic-site.golden-multilingual")
    }

    func expectGolden(_ site: TestSite, pages: [String], in folder: String) throws {
        let golden = repositoryRoot.appendingPathComponent("Tests/Fixtures/" + folder)
        for page in pages {
            let actual = try site.read("public/" + page)
            let url = golden.appendingPathComponent(page)
            if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] != nil {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let wanted = try String(contentsOf: url, encoding: .utf8)
            #expect(actual == wanted, "\(folder): \(page) differs from its golden file; re-record with SITEGEN_RECORD=1 if intended")
        }
    }
}
