import Foundation
import Testing

@testable import SiteGenCore

/// A site with `languages:` is built again in each, from its translations, and honestly from
/// the original where there is none.
@Suite struct MultilingualBuildTests {
    static let config = MinimalSite.config + "\nlanguage: en\nlanguages:\n  fr:\n    title: Site de test\n  uk: {}\n"

    /// The minimal site in English, French and Ukrainian, with alpha translated into French and
    /// an entity named Russia, Russie in French.
    static var files: [String: String] {
        var files = MinimalSite.files
        files["site.yml"] = config
        files["content/entities/russia.md"] = "---\nname: Russia\nkind: state\nsummary: A state.\n---\nA state.\n"
        files["content/entities/russia.fr.md"] = "---\nname: Russie\nkind: state\nsummary: Un État.\n---\nUn État.\n"
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "Russia again.\n\n## Scope\n\nText.\n")
        files["content/briefings/alpha.fr.md"] = MinimalSite.briefing(
            title: "Alpha en français", themes: "[guarantees, next-steps]",
            body: "La Russie, et [beta](beta.md), et [[russia]].\n\n## Portée\n\nTexte.\n")
        files["content/briefings/beta.md"] = MinimalSite.briefing(
            title: "Beta", date: "2026-01-03", body: "See [alpha's scope](alpha.md#scope). Russia too.\n")
        return files
    }

    func built(_ changes: [String: String] = [:]) throws -> (TestSite, BuildReport) {
        let site = try TestSite(Self.files.merging(changes) { $1 })
        return (site, site.build())
    }

    @Test func eachLanguageIsBuiltInItsFolderFromItsTranslations() throws {
        let (site, report) = try built()
        #expect(report.succeeded, "\(report.messages)")
        #expect(report.messages.isEmpty, "\(report.messages)")
        let french = try site.read("public/fr/briefings/alpha/index.html")
        #expect(french.contains("<html lang=\"fr\">"))
        #expect(french.contains("<h1>Alpha en français</h1>"))
        #expect(french.contains("Site de test"), "the language's own title")
        // Links resolve within the language; assets stay at the site's root.
        #expect(french.contains("href=\"/sub/fr/briefings/beta/\""))
        #expect(french.contains("href=\"/sub/fr/entities/russia/\""))
        #expect(french.contains("href=\"/sub/assets/style.css\""))
        #expect(!french.contains("class=\"notice\""), "a translated page has no fallback notice")
        let ukrainian = try site.read("public/uk/briefings/alpha/index.html")
        #expect(ukrainian.contains("<html lang=\"uk\">") && ukrainian.contains("<h1 lang=\"en\">Alpha</h1>"))
        #expect(try site.read("public/briefings/alpha/index.html").contains("<h1>Alpha</h1>"))
        for data in ["fr/search-index.json", "fr/feed.xml", "fr/sitemap.xml", "uk/xref.json", "fr/book/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/" + data).path), "\(data)")
        }
        #expect(try site.read("public/fr/search-index.json").contains("Alpha en français"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/fr/assets").path))
    }

    @Test func aPageWithoutTranslationSaysSoAndMarksItsTextsLanguage() throws {
        let (site, _) = try built()
        let beta = try site.read("public/fr/briefings/beta/index.html")
        #expect(beta.contains("<p class=\"notice\" role=\"note\">Cette page n’est pas encore traduite"))
        #expect(beta.contains("anglais."), "the text's language, named in the reader's")
        #expect(beta.contains("<h1 lang=\"en\">Beta</h1>"))
        #expect(beta.contains("<div class=\"prose\" lang=\"en\">"))
        #expect(beta.contains("<ol lang=\"en\">") == false, "beta has no headings, so no contents")
        // An untranslated theme's page marks its own text, not the French cards it lists.
        let theme = try site.read("public/fr/themes/next-steps/index.html")
        #expect(theme.contains("<h1 lang=\"en\">Next steps</h1>"))
        #expect(theme.contains("<article class=\"card\">\n") && theme.contains("Alpha en français"))
        let list = try site.read("public/fr/briefings/index.html")
        #expect(list.contains("<article class=\"card\" lang=\"en\">"), "beta's card is in English")
        #expect(list.contains("<article class=\"card\">\n"), "alpha's is French")
        // A fallback's link to a heading of a translated page leads to the page: its anchors differ.
        #expect(beta.contains("href=\"/sub/fr/briefings/alpha/\""))
        #expect(try site.read("public/briefings/beta/index.html").contains("href=\"/sub/briefings/alpha/#scope\""))
        // The fallback's English text still names the French entity.
        #expect(beta.contains("href=\"/sub/fr/entities/russia/\""))
        let russia = try site.read("public/fr/entities/russia/index.html")
        #expect(russia.contains("<h1>Russie</h1>") || russia.contains(">Russie</h1>"))
        #expect(russia.contains("Alpha en français") && russia.contains("Beta"))
    }

    @Test func everyPageLinksToItselfInEachLanguage() throws {
        let (site, _) = try built()
        let page = try site.read("public/uk/briefings/beta/index.html")
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/sub/briefings/beta/\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/sub/fr/briefings/beta/\">"))
        #expect(page.contains("<a href=\"/sub/fr/briefings/beta/\" hreflang=\"fr\" lang=\"fr\">Français</a>"))
        #expect(page.contains("<a href=\"/sub/uk/briefings/beta/\" hreflang=\"uk\" lang=\"uk\" aria-current=\"true\">Українська</a>"))
        let sitemap = try site.read("public/fr/sitemap.xml")
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(
            sitemap.contains(
                "<loc>https://example.org/sub/fr/briefings/beta/</loc><lastmod>2026-01-03</lastmod><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/sub/briefings/beta/\"/>"
            ))
    }

    @Test func withRelativeURLsTheLanguagesFolderIsCountedToTheRoot() throws {
        let (site, report) = try built(["site.yml": Self.config + "relative_urls: true\n"])
        #expect(report.succeeded, "\(report.messages)")
        let page = try site.read("public/fr/briefings/alpha/index.html")
        #expect(page.contains("href=\"../../../assets/style.css\""))
        #expect(page.contains("href=\"../../briefings/beta/index.html\""))
        #expect(page.contains("href=\"../../../briefings/alpha/index.html\" hreflang=\"en\""))
    }

    @Test func aStaticFileIsLinkedAtTheSitesRootFromEveryLanguage() throws {
        let (site, report) = try built([
            "static/doc.pdf": "pdf",
            "content/briefings/alpha.fr.md": MinimalSite.briefing(
                title: "Alpha", themes: "[guarantees, next-steps]", body: "Voir [le document](../../static/doc.pdf).\n"),
        ])
        #expect(report.succeeded, "\(report.messages)")
        #expect(try site.read("public/fr/briefings/alpha/index.html").contains("href=\"/sub/doc.pdf\""))
        #expect(try site.read("public/fr/book/index.html").contains("href=\"https://example.org/sub/doc.pdf\""))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/fr/doc.pdf").path))
    }

    @Test func aStaticFileInALanguagesFolderCollidesWithItsPagesOnly() throws {
        let (_, report) = try built(["static/fr/briefings/alpha/index.html": "x", "static/briefings/beta/index.html": "y"])
        #expect(
            report.messages.sorted() == [
                "static/briefings/beta/index.html:1:1: error: this file would replace the page /briefings/beta/; rename, move or remove it",
                "static/fr/briefings/alpha/index.html:1:1: error: this file would replace the page /fr/briefings/alpha/; rename, move or remove it",
            ])
    }

    @Test func aTranslationOfADraftIsADraftAndKeepsItsOriginalsThemes() throws {
        let (site, report) = try built([
            "content/briefings/beta.md": MinimalSite.briefing(title: "Beta", date: "2026-01-03", body: "Draft.\n")
                .replacingOccurrences(of: "themes:", with: "draft: true\nthemes:"),
            "content/briefings/beta.fr.md": MinimalSite.briefing(title: "Bêta", date: "2026-01-03", body: "Brouillon.\n"),
            "content/briefings/alpha.fr.md": MinimalSite.briefing(title: "Alpha en français", themes: "[next-steps]"),
        ])
        #expect(report.succeeded, "\(report.messages)")
        #expect(
            report.messages == [
                "content/briefings/alpha.fr.md:5:10: warning: a translation is in its original's themes (guarantees, next-steps), which are used; give it the same 'themes:'",
                "content/entities/russia.fr.md:1:1: warning: entity 'russia' is mentioned in no briefing",
            ], "the French text names Russia nowhere now (beta is a draft)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/fr/briefings/beta").path))
        #expect(try site.read("public/fr/themes/guarantees/index.html").contains("Alpha en français"))
    }

    @Test func aDraftTranslationsProblemsAreReportedAsADrafts() throws {
        let (site, report) = try built([
            "content/briefings/alpha.fr.md": MinimalSite.briefing(
                title: "Alpha en français", themes: "[guarantees, next-steps]", body: "Voir [gamma](gamma.md).\n"
            ).replacingOccurrences(of: "themes:", with: "draft: true\nthemes:")
        ])
        #expect(report.succeeded, "\(report.messages)")
        #expect(
            report.messages.contains {
                $0.hasPrefix("content/briefings/alpha.fr.md:8:6: warning: link to 'gamma.md': no such content file")
                    && $0.hasSuffix("(in a draft: an error once it is published)")
            }, "\(report.messages)")
        #expect(try site.read("public/fr/briefings/alpha/index.html").contains("<h1 lang=\"en\">Alpha</h1>"), "the original, meanwhile")
    }

    @Test func filesAndRootRelativeLinksOfTheOriginalWorkInEveryLanguage() throws {
        let (site, report) = try built([
            "static/report.pdf": "pdf",
            "content/briefings/beta.md": """
            ---
            title: Beta
            summary: Summary of Beta.
            date: 2026-01-03
            themes: [guarantees]
            sources:
              - title: A report
                url: ../../report.pdf
            ---
            The [feed](/sub/feed.xml).

            """,
        ])
        #expect(report.succeeded, "\(report.messages)")
        #expect(report.messages.isEmpty, "\(report.messages)")
        #expect(try site.read("public/fr/briefings/beta/index.html").contains("href=\"/sub/report.pdf\""))
    }

    @Test func aTranslationOfNothingOrInAnUnlistedLanguageIsAnErrorAtIt() throws {
        let (_, report) = try built([
            "content/briefings/gamma.fr.md": MinimalSite.briefing(title: "Gamma"),
            "content/themes/guarantees.de.md": MinimalSite.theme("Garantien"),
        ])
        #expect(!report.succeeded)
        #expect(
            report.messages.contains {
                $0.hasPrefix("content/briefings/gamma.fr.md:1:1: error: a translation of content/briefings/gamma.md, which does not exist")
            }, "\(report.messages)")
        #expect(
            report.messages.contains {
                $0.hasPrefix(
                    "content/themes/guarantees.de.md:1:1: error: a translation into 'de', which is not a language of the site (it lists fr, uk)"
                )
            }, "\(report.messages)")
    }

    /// With site.yml broken, or its languages: unreadable, the site's languages are unknown: the
    /// error in site.yml is reported, and no translation is blamed for a language the site may
    /// well list.
    @Test(arguments: [
        MultilingualBuildTests.config + "paginate: [\n",
        MinimalSite.config + "\nlanguage: en\nlanguages: [fr, uk]\n",
    ])
    func aBrokenSiteConfigBlamesNoTranslation(config: String) throws {
        let (_, report) = try built(["site.yml": config])
        #expect(!report.succeeded)
        #expect(report.messages.contains { $0.hasPrefix("site.yml:") && $0.contains(": error: ") }, "\(report.messages)")
        #expect(!report.messages.contains { $0.contains("not a language of the site") }, "\(report.messages)")
    }

    @Test func languagesMustBeTagsOtherThanTheSitesOwn() throws {
        let (_, report) = try built(["site.yml": MinimalSite.config + "\nlanguages:\n  en: {}\n  French: {}\n"])
        #expect(report.messages.contains { $0.hasPrefix("site.yml:6:3: error: 'en' is the site's own language") }, "\(report.messages)")
        #expect(report.messages.contains { $0.hasPrefix("site.yml:7:3: error: 'French' is not a language tag") }, "\(report.messages)")
    }

    @Test func aBrokenLinkInATranslationIsReportedAtTheTranslation() throws {
        let (_, report) = try built([
            "content/briefings/alpha.fr.md": MinimalSite.briefing(
                title: "Alpha", themes: "[guarantees, next-steps]", body: "Voir [beta](beta.md#nulle-part).\n")
        ])
        #expect(!report.succeeded)
        #expect(
            report.messages.contains { $0.hasPrefix("content/briefings/alpha.fr.md:7:6: error: link to 'beta.md#nulle-part'") },
            "\(report.messages)")
    }

    @Test func thePreviewRebuildsATranslationAsAFullBuildWould() throws {
        let site = try TestSite(Self.files)
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview))
        #expect(builder.build().succeeded)
        let path = "content/briefings/alpha.fr.md"
        try site.write(path, try site.read(path).replacingOccurrences(of: "Alpha en français", with: "Alpha, version française"))
        let report = builder.rebuild(changed: [path])
        #expect(report.succeeded, "\(report.diagnostics)")
        let fresh = site.root.appendingPathComponent(".fresh")
        #expect(IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh)).build().succeeded)
        let expected = try TestSite.files(under: fresh), actual = try TestSite.files(under: preview)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected where actual[path] != bytes { Issue.record("\(path) differs from a fresh build") }
        #expect(String(decoding: actual["fr/briefings/index.html"] ?? [], as: UTF8.self).contains("Alpha, version française"))
        #expect(report.pagesRendered < 3 * 20, "only the pages the change touches: \(report.pagesRendered)")
    }

    /// Edits in the preview of a site in three languages, each compared with a fresh build:
    /// an edit that changes one briefing in each language re-indexes only that briefing.
    @Test func thePreviewReindexesOneBriefingInEachLanguage() throws {
        let site = try TestSite(Self.files)
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview))
        #expect(builder.build().succeeded)
        func edit(_ path: String, _ change: (String) -> String?) throws -> IncrementalBuilder.Report {
            let file = site.root.appendingPathComponent(path)
            let before = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if let after = change(before) { try site.write(path, after) } else { try FileManager.default.removeItem(at: file) }
            return builder.rebuild(changed: [path])
        }
        func expectSameAsFresh(_ note: Comment) throws {
            let fresh = site.root.appendingPathComponent(".fresh-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: fresh) }
            #expect(IncrementalBuilder(options: .init(siteRoot: site.root, output: fresh)).build().succeeded, note)
            let expected = try TestSite.files(under: fresh), actual = try TestSite.files(under: preview)
            #expect(actual.keys.sorted() == expected.keys.sorted(), note)
            for (path, bytes) in expected where actual[path] != bytes { Issue.record("\(path) differs from a fresh build: \(note)") }
        }
        let quick: [(String, (String) -> String?, Comment)] = [
            ("content/briefings/beta.md", { $0 + "\nA closing line.\n" }, "an untranslated briefing's text"),
            ("content/briefings/alpha.fr.md", { $0 + "\nUne dernière ligne.\n" }, "a translation's text"),
            (
                "content/briefings/alpha.fr.md", { $0.replacingOccurrences(of: "Alpha en français", with: "Alpha, en français") },
                "a translation's title"
            ),
            (
                "content/briefings/alpha.md", { $0.replacingOccurrences(of: "Russia again.", with: "Russia once more.") },
                "a translated original's text"
            ),
        ]
        for (path, change, note) in quick {
            let report = try edit(path, change)
            #expect(report.succeeded && !report.indexedWholeSite, note)
            try expectSameAsFresh(note)
        }
        let whole: [(String, (String) -> String?, Comment)] = [
            ("content/briefings/beta.fr.md", { _ in MinimalSite.briefing(title: "Bêta", date: "2026-01-03") }, "a new translation"),
            ("content/briefings/beta.fr.md", { _ in nil }, "a translation deleted"),
            (
                "content/briefings/alpha.md", { $0.replacingOccurrences(of: "[guarantees, next-steps]", with: "[guarantees]") },
                "an original's themes"
            ),
        ]
        for (path, change, note) in whole {
            let report = try edit(path, change)
            #expect(report.succeeded && report.indexedWholeSite, note)
            try expectSameAsFresh(note)
        }
    }

    /// With `onRequest` (as `sitegen serve` runs), a language's data files and its book wait for
    /// a request, and are then made with the edit.
    @Test func aLanguagesDataFilesWaitForARequest() throws {
        let site = try TestSite(Self.files)
        let preview = site.root.appendingPathComponent(".preview")
        let builder = IncrementalBuilder(options: .init(siteRoot: site.root, output: preview, onRequest: true))
        #expect(builder.build().succeeded)
        let path = "content/briefings/alpha.fr.md"
        try site.write(path, try site.read(path).replacingOccurrences(of: "Alpha en français", with: "Alpha, version française"))
        #expect(builder.rebuild(changed: [path]).succeeded)
        let index = preview.appendingPathComponent("fr/search-index.json")
        #expect((try? String(contentsOf: index, encoding: .utf8))?.contains("Alpha, version française") != true, "left for a request")
        #expect(builder.refresh("fr/search-index.json"))
        #expect(try String(contentsOf: index, encoding: .utf8).contains("Alpha, version française"))
        #expect(!builder.refresh("fr/search-index.json"), "made once")
        // So does a language's book, as the site's own does.
        #expect(builder.refresh("fr/book/index.html"))
        #expect(try site.read(".preview/fr/book/index.html").contains("Alpha, version française"))
    }
}
