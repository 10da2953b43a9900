import Foundation
import Testing

@testable import SiteGenCore

/// A real browser against `sitegen serve`: headless Chromium loads the home page, follows a theme
/// link, and reloads by itself when a briefing changes. Run by `make e2e` (which installs
/// Chromium when it is missing); skipped unless SITEGEN_BROWSER is set.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["SITEGEN_BROWSER"] != nil))
struct BrowserTests {
    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first

    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]

    /// The page's DOM after its scripts ran; with `waiting`, after the scripts' own requests too
    /// (for pages that keep no connection open).
    func dom(_ url: String, waiting: Bool = false) throws -> String {
        let chromium = try #require(Self.chromium, "Chromium is not installed")
        let result = try ChildProcess.run(
            chromium, Self.flags + (waiting ? ["--virtual-time-budget=10000"] : []) + ["--dump-dom", url], timeout: 120)
        try #require(!result.timedOut, "Chromium did not finish within 120 s")
        return result.output
    }

    @Test func followsAThemeLinkAndReloadsAfterAnEdit() throws {
        let server = try ServeEndToEndTests.Server()
        defer { _ = server.stop() }
        let base = "http://127.0.0.1:\(server.port)/ukraine"

        let home = try dom(base + "/")
        #expect(home.contains("<h1>Fixture Briefings</h1>"))
        #expect(home.contains("<script src=\"/_sitegen/live.js\"></script>"))
        let link = try #require(home.range(of: "href=\"/ukraine/themes/guarantees/\""), "the home page links to the theme")
        #expect(!link.isEmpty)
        let theme = try dom(base + "/themes/guarantees/")
        #expect(theme.contains("<h1>Security guarantees</h1>"))
        #expect(theme.contains("aria-current=\"page\">Security guarantees</a>"))

        // A browser that stays open on a briefing, watched through its debugging endpoint.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let browser = try ChildProcess(
            try #require(Self.chromium),
            Self.flags + ["--remote-debugging-port=0", "--user-data-dir=\(profile.path)", base + "/briefings/second-take/"])
        defer {
            browser.signal(SIGTERM)
            if browser.wait(timeout: 10) == nil { browser.signal(SIGKILL) }
        }
        let debugPort = try #require(waitForDebugPort(profile), "Chromium did not open its debugging port")
        #expect(waitForTitle(port: debugPort, containing: "Second take ·"), "the briefing did not load")
        try server.edit("content/briefings/second-take.md") {
            $0.replacingOccurrences(of: "title: Second take", with: "title: Retitled while open")
        }
        #expect(waitForTitle(port: debugPort, containing: "Retitled while open ·"), "the open page did not reload after the edit")
    }

    private func waitForDebugPort(_ profile: URL) -> Int? {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOf: profile.appendingPathComponent("DevToolsActivePort"), encoding: .utf8),
                let port = Int(text.split(separator: "\n").first ?? "")
            {
                return port
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// Polls the browser's list of open pages until one has a title containing `text`.
    private func waitForTitle(port: Int, containing text: String) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let list = try? HTTPProbe.get(port: port, path: "/json/list"), list.body.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return false
    }

    @Test func searchFindsABriefingByAWordOfItsText() throws {
        // No live reload: its open connection would keep the browser waiting.
        let server = try ServeEndToEndTests.Server(["--no-live-reload"])
        defer { _ = server.stop() }
        let page = try dom("http://127.0.0.1:\(server.port)/ukraine/search/?q=repeated", waiting: true)
        #expect(page.contains("1 briefing matches “repeated”."))
        #expect(page.contains("<a href=\"/ukraine/briefings/first-look/\">A first look: the &lt;guarantees&gt; &amp; more</a>"))
        #expect(
            page.contains(
                "<p class=\"card__meta\"><time datetime=\"2026-01-02\">2 January 2026</time> · Security guarantees · Participants</p>"),
            "the result's date is written as on every other page")
        let none = try dom("http://127.0.0.1:\(server.port)/ukraine/search/?q=zebrafish", waiting: true)
        #expect(none.contains("No briefing matches “zebrafish”."))
    }

    /// A Ukrainian site's search: case folded in Cyrillic, the count in the plural form of its
    /// number, and ї a letter of its own (a query with і does not find it).
    @Test func searchOnAUkrainianSiteFoldsCaseAndKeepsItsLetters() throws {
        let server = try ServeEndToEndTests.Server(["--no-live-reload"]) { site in
            let config = site.appendingPathComponent("site.yml")
            let text = try String(contentsOf: config, encoding: .utf8)
            try text.replacingOccurrences(of: "language: en-GB", with: "language: uk").write(to: config, atomically: true, encoding: .utf8)
            try """
            ---
            title: Гарантії безпеки
            summary: Що обговорюють партнери.
            date: 2026-01-05
            themes: [guarantees]
            ---
            Їхні партнери обговорюють гарантії.

            """.write(to: site.appendingPathComponent("content/briefings/ukrainian.md"), atomically: true, encoding: .utf8)
        }
        defer { _ = server.stop() }
        let found = try dom(
            "http://127.0.0.1:\(server.port)/ukraine/search/?q=%D0%93%D0%90%D0%A0%D0%90%D0%9D%D0%A2%D0%86%D0%87", waiting: true)
        #expect(found.contains("Запиту «ГАРАНТІЇ» відповідає 1 брифінг."))
        #expect(found.contains(">Гарантії безпеки</a>"))
        #expect(found.contains("<time datetime=\"2026-01-05\">5 січня 2026</time>"))
        let other = try dom("http://127.0.0.1:\(server.port)/ukraine/search/?q=%D1%96%D1%85%D0%BD%D1%96", waiting: true)
        #expect(other.contains("Жоден брифінг не відповідає запиту «іхні»."))
    }

    /// A French site's search: accents of Latin letters folded, messages in French.
    @Test func searchOnAFrenchSiteFoldsAccents() throws {
        let server = try ServeEndToEndTests.Server(["--no-live-reload"]) { site in
            let config = site.appendingPathComponent("site.yml")
            let text = try String(contentsOf: config, encoding: .utf8)
            try text.replacingOccurrences(of: "language: en-GB", with: "language: fr").write(to: config, atomically: true, encoding: .utf8)
            try """
            ---
            title: Garanties de sécurité
            summary: Ce dont discutent les partenaires.
            date: 2026-01-05
            themes: [guarantees]
            ---
            Les partenaires discutent des garanties.

            """.write(to: site.appendingPathComponent("content/briefings/french.md"), atomically: true, encoding: .utf8)
        }
        defer { _ = server.stop() }
        let found = try dom("http://127.0.0.1:\(server.port)/ukraine/search/?q=SECURITE", waiting: true)
        #expect(found.contains("1 note correspond à «&nbsp;SECURITE&nbsp;»."), "Chromium writes the no-break spaces as &nbsp;")
        #expect(found.contains(">Garanties de sécurité</a>"))
    }

    /// A site in three languages, previewed: each language's search page reads its own index,
    /// in its own words, and finds the translation's text, which the site's own does not have.
    @Test func eachLanguageSearchesItsOwnIndex() throws {
        let server = try ServeEndToEndTests.Server(["--no-live-reload"]) { site in
            let translations = repositoryRoot.appendingPathComponent("Tests/Fixtures/basic-site.translations")
            for path in try FileManager.default.subpathsOfDirectory(atPath: translations.path) where path.hasSuffix(".md") {
                try FileManager.default.copyItem(at: translations.appendingPathComponent(path), to: site.appendingPathComponent(path))
            }
            let config = site.appendingPathComponent("site.yml")
            let text = try String(contentsOf: config, encoding: .utf8)
            try (text + "languages:\n  fr: {}\n  uk: {}\n").write(to: config, atomically: true, encoding: .utf8)
        }
        defer { _ = server.stop() }
        let french = try dom("http://127.0.0.1:\(server.port)/ukraine/fr/search/?q=REGARD", waiting: true)
        #expect(french.contains("1 note correspond à «&nbsp;REGARD&nbsp;»."), "\(french.count)")
        #expect(french.contains("<a href=\"/ukraine/fr/briefings/first-look/\">Un premier regard : les &lt;garanties&gt; &amp; plus</a>"))
        let ukrainian = try dom("http://127.0.0.1:\(server.port)/ukraine/uk/search/?q=%D0%BF%D0%BE%D0%B3%D0%BB%D1%8F%D0%B4", waiting: true)
        #expect(ukrainian.contains("Запиту «погляд» відповідає 1 брифінг."))
        let english = try dom("http://127.0.0.1:\(server.port)/ukraine/search/?q=regard", waiting: true)
        #expect(english.contains("No briefing matches “regard”."))
    }
}
