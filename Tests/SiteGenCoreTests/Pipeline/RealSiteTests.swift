import Foundation
import Testing

@testable import SiteGenCore

/// The repository's own site, `content/`, must always build cleanly.
@Suite struct RealSiteTests {
    @Test func buildsWithoutWarningsAndEveryLinkResolves() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-real-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = SiteBuilder.build(BuildOptions(siteRoot: repositoryRoot, output: output, strict: true))
        #expect(report.messages == [])
        let files = try TestSite.files(under: output)
        for page in [
            "index.html", "briefings/index.html", "themes/index.html", "themes/participants/index.html",
            "themes/guarantees/index.html", "themes/next-steps/index.html", "themes/diplomacy/index.html",
            "themes/implications/index.html", "briefings/conference-overview/index.html",
        ] {
            #expect(files[page] != nil, "missing \(page)")
        }
        #expect(files.keys.filter { $0.hasPrefix("briefings/") }.count >= 13)
        for page in [
            "index/index.html", "xref.json", "entities/emmanuel-macron/index.html", "entities/nato/index.html",
            "entities/ceasefire/index.html",
        ] {
            #expect(files[page] != nil, "missing \(page)")
        }
        #expect(files.keys.filter { $0.hasPrefix("entities/") }.count >= 24)
        #expect(brokenInternalLinks(in: files, basePath: "/") == [])
    }
}
