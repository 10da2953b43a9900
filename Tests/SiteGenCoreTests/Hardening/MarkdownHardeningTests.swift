import Testing

@testable import SiteGenCore

/// Markdown that is slow for cmark 0.30.2, or deep enough to overflow a recursive walk: a clear
/// error for size, and no crash for depth.
@Suite(.timeLimit(.minutes(2))) struct MarkdownHardeningTests {
    /// cmark 0.30.2 is quadratic on this (CVE-2023-22486): 50,000 of them, 300 KB, would take
    /// seconds; over the cap, cmark never sees them.
    static let quadratic = String(repeating: "![[]()", count: 50_000)

    @Test func aFileOverTheCapIsAnErrorBeforeCmarkReadsIt() throws {
        let (report, _) = try buildAfterWriting("content/briefings/bad.md", bytes: Array(frontMatter(body: Self.quadratic).utf8))
        #expect(!report.succeeded)
        #expect(
            report.messages == [
                "content/briefings/bad.md:1:1: error: the file is 294 KiB, over the limit of 256 KiB for one content file; split it, or raise 'max_file_kib' under 'markdown:' in site.yml"
            ])
    }

    @Test func siteConfigRaisesTheCap() throws {
        let body = String(repeating: "A sentence of a long briefing, repeated.\n\n", count: 7_000)
        let (report, site) = try buildAfterWriting(
            "content/briefings/bad.md", bytes: Array(frontMatter(body: body).utf8),
            config: MinimalSite.config + "\nmarkdown:\n  max_file_kib: 400\n")
        #expect(report.succeeded, "\(report.messages)")
        #expect(try site.read("public/briefings/bad/index.html").contains("A sentence of a long briefing"))
    }

    @Test func theCapMustBePositive() throws {
        let (report, _) = try buildAfterWriting("site.yml", bytes: Array((MinimalSite.config + "\nmarkdown:\n  max_file_kib: 0\n").utf8))
        #expect(report.messages == ["site.yml:6:17: error: 'max_file_kib' must be a number of KiB above 0, not 0"])
    }

    static let deep: [(String, String)] = [
        ("block quotes 25,000 deep", String(repeating: ">", count: 25_000) + " deep\n"),
        ("brackets 25,000 deep", String(repeating: "[", count: 25_000) + "x" + String(repeating: "]", count: 25_000) + "\n"),
        ("lists 10,000 deep", String(repeating: "- ", count: 10_000) + "item\n"),
        ("emphasis 10,000 deep", String(repeating: "*a ", count: 10_000) + String(repeating: " b*", count: 10_000) + "\n"),
        ("links 10,000 deep", String(repeating: "[a ", count: 10_000) + String(repeating: "](x.md)", count: 10_000) + "\n"),
    ]

    @Test(arguments: deep.map(\.0)) func deepNestingBuildsWithoutCrashing(_ name: String) throws {
        let body = try #require(Self.deep.first { $0.0 == name }).1
        let (report, site) = try buildAfterWriting("content/briefings/bad.md", bytes: Array(frontMatter(body: body).utf8))
        // Whatever cmark makes of it, the build ends with an answer: a page, or errors at places.
        if report.succeeded {
            #expect(try site.read("public/briefings/bad/index.html").contains("<main"))
        } else {
            #expect(report.messages.allSatisfy { $0.hasPrefix("content/briefings/bad.md:") }, "\(report.messages.prefix(3))")
        }
    }
}
