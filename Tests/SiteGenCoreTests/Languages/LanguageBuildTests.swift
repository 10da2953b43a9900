import Foundation
import Testing

@testable import SiteGenCore

/// A site in French or Ukrainian prints its interface in that language.
@Suite struct LanguageBuildTests {
    func built(language: String, extra: [String: String] = [:]) throws -> TestSite {
        var files = MinimalSite.files
        files["site.yml"] = MinimalSite.config + "\nlanguage: \(language)\n"
        files["content/briefings/alpha.md"] = MinimalSite.briefing(title: "Alpha", date: "2026-11-27", themes: "[guarantees, next-steps]")
        for (path, text) in extra { files[path] = text }
        let site = try TestSite(files)
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return site
    }

    @Test func aFrenchSitePrintsFrenchWordsAndDates() throws {
        let site = try built(language: "fr")
        let page = try site.read("public/briefings/alpha/index.html")
        #expect(page.contains("<html lang=\"fr\">"))
        #expect(page.contains("Aller au contenu principal"))
        #expect(page.contains(">27 novembre 2026</time>"))
        #expect(page.contains("Publiée le"))
        #expect(!page.contains("Skip to main content"))
        let home = try site.read("public/index.html")
        #expect(home.contains("Dernières notes"))
        #expect(home.contains("Les 2 notes"))
        let list = try site.read("public/briefings/index.html")
        #expect(list.contains("2 notes, des plus récentes aux plus anciennes."))
    }

    @Test func aUkrainianSiteCountsWithItsPluralForms() throws {
        let site = try built(language: "uk")
        let themes = try site.read("public/themes/index.html")
        #expect(themes.contains("<p class=\"tile__count\">2 брифінги</p>"))
        #expect(themes.contains("<p class=\"tile__count\">1 брифінг</p>"))
        let page = try site.read("public/briefings/alpha/index.html")
        #expect(page.contains(">27 листопада 2026</time>"))
        let search = try site.read("public/search/index.html")
        #expect(search.contains("data-matches-few=\"Запиту «{query}» відповідають {count} брифінги.\""))
        let data = try site.read("public/search-index.json")
        #expect(data.contains("\"27 листопада 2026\""))
    }

    @Test func aTemplateMayPrintASiteString() throws {
        let site = try built(
            language: "fr",
            extra: [
                "i18n/fr.yml": "tagline: Notes sur la conférence\n",
                "templates/partials/footer.mustache": "<footer><p>{{strings.tagline}}</p></footer>\n",
            ])
        #expect(try site.read("public/index.html").contains("<p>Notes sur la conférence</p>"))
    }

    @Test func aStringNoFileGivesIsAWarningAtTheTemplate() throws {
        let site = try TestSite(
            MinimalSite.files.merging(["templates/partials/footer.mustache": "<footer>{{strings.tagleine}}</footer>\n"]) { $1 })
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.hasPrefix("templates/partials/footer.mustache:1:9: warning:") && $0.contains("tagleine")
            })
    }
}
