import Foundation
import Testing

@testable import SiteGenCore

/// Text that tries to become markup: escaped on every page and in every data file; raw HTML and
/// `javascript:` links stripped unless the site opts in; Mustache tags in content printed.
@Suite struct InjectionTests {
    static let payload = "\\\"><script>alert(1)</script><img src=x onerror=alert(2)>"
    static let printed = "\"><script>alert(1)</script><img src=x onerror=alert(2)>"

    static func site(unsafeHTML: Bool = false) throws -> TestSite {
        let quoted = "\"\(payload)\""
        // In the body too, where safe mode is what stops it (with raw HTML allowed, it would pass).
        let inBody = unsafeHTML ? "text" : printed
        return try TestSite([
            "site.yml": """
            title: \(quoted)
            description: \(quoted)
            base_url: https://example.org/
            markdown:
              unsafe_html: \(unsafeHTML)
            """,
            "content/themes/guarantees.md": "---\ntitle: \(quoted)\nsummary: \(quoted)\n---\nIntro.\n",
            "content/entities/kyiv.md": "---\nname: Kyiv\nkind: place\naliases: [\(quoted)]\nsummary: \(quoted)\n---\nKyiv.\n",
            "content/briefings/alpha.md": """
            ---
            title: \(quoted)
            summary: \(quoted)
            date: 2026-01-02
            themes: [guarantees]
            entities: [kyiv]
            sources:
              - title: \(quoted)
                url: https://example.org/?q="><script>alert(3)</script>
                publisher: \(quoted)
            ---
            ## Heading \(inBody)

            Kyiv and \(inBody) in a paragraph, {{site.title}} and {{{body}}} as text.

            <script>alert(4)</script>

            <iframe src="https://evil.example/"></iframe>

            [a link](javascript:alert(5)) and [another](JaVaScRiPt:alert(6)) and [data](data:text/html,x).

            """,
        ])
    }

    /// Every file of the output as text, by path.
    static func output(of site: TestSite) throws -> [String: String] {
        try site.outputFiles().mapValues { String(decoding: $0, as: UTF8.self) }.filter { !$0.key.hasPrefix("assets/") }
    }

    @Test func frontMatterTextIsEscapedEverywhere() throws {
        let site = try Self.site()
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let files = try Self.output(of: site)
        #expect(
            Set(files.keys).isSuperset(of: [
                "index.html", "briefings/index.html", "briefings/alpha/index.html", "themes/index.html", "themes/guarantees/index.html",
                "entities/kyiv/index.html", "index/index.html", "search/index.html", "book/index.html", "404.html", "feed.xml",
                "sitemap.xml", "search-index.json", "xref.json",
            ]))
        for (path, text) in files {
            for attack in ["<script>alert", "<img src=x", "onerror=alert(2)>", "<iframe", "javascript:", "JaVaScRiPt:", "data:text/html"] {
                #expect(!text.contains(attack), "\(path) holds \(attack)")
            }
        }
        // The text is shown, escaped, not dropped.
        #expect(files["briefings/alpha/index.html"]!.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(files["feed.xml"]!.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(files["xref.json"]!.contains("\\u003cscript\\u003ealert(1)"))
        #expect(files["search-index.json"]!.contains("\\u003cscript\\u003ealert(1)"))
    }

    @Test func mustacheTagsInContentArePrintedNotEvaluated() throws {
        let site = try Self.site()
        #expect(site.build().succeeded)
        let page = try site.read("public/briefings/alpha/index.html")
        #expect(page.contains("{{site.title}} and {{{body}}} as text."))
    }

    @Test func rawHTMLPassesOnlyWhenTheSiteOptsIn() throws {
        let site = try Self.site(unsafeHTML: true)
        #expect(site.build().succeeded)
        let page = try site.read("public/briefings/alpha/index.html")
        #expect(page.contains("<iframe src=\"https://evil.example/\"></iframe>"))
        // Front-matter text stays escaped: the option is about Markdown bodies only.
        #expect(!page.contains("<img src=x"))
    }

    static let badURLs = [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
    ]

    @Test(arguments: badURLs) func sourceURLsOtherThanWebMailOrRelativeAreErrors(_ url: String) throws {
        let text = frontMatter(adding: "sources:\n  - title: S\n    url: \"\(url)\"\n")
        let (report, _) = try buildAfterWriting("content/briefings/bad.md", bytes: Array(text.utf8))
        #expect(!report.succeeded)
        #expect(report.messages.first?.hasPrefix("content/briefings/bad.md:5:10: error: source URL ") == true, "\(report.messages)")
    }
}
