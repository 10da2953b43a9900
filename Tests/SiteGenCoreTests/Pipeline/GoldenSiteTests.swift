import Foundation
import Testing

@testable import SiteGenCore

/// Builds the fixture site `Tests/Fixtures/basic-site` and compares every page with the golden
/// files in `Tests/Fixtures/basic-site.golden`. To re-record after a deliberate change, run
/// `SITEGEN_RECORD=1 swift test --filter GoldenSiteTests`, then review the diff.
@Suite struct GoldenSiteTests {
    static let golden = repositoryRoot.appendingPathComponent("Tests/Fixtures/basic-site.golden")

    @Test func fixtureSiteMatchesGoldenFiles() throws {
        let site = try TestSite(fixture: "basic-site")
        let report = site.build()
        #expect(report.messages == TestSite.basicSiteMessages)
        #expect(report.succeeded)
        let pages = try site.outputFiles().filter { !$0.key.hasPrefix(SitePaths.assets) }
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] != nil {
            try? FileManager.default.removeItem(at: Self.golden)
            for (path, bytes) in pages {
                let url = Self.golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            return
        }
        let expected = try TestSite.files(under: Self.golden)
        #expect(pages.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected.sorted(by: { $0.key < $1.key }) {
            let actual = String(decoding: pages[path] ?? [], as: UTF8.self)
            let wanted = String(decoding: bytes, as: UTF8.self)
            #expect(actual == wanted, "\(path) differs from its golden file; re-record with SITEGEN_RECORD=1 if the change is intended")
        }
    }

    @Test func everyInternalLinkOfTheFixtureResolves() throws {
        let site = try TestSite(fixture: "basic-site")
        #expect(site.build().succeeded)
        let broken = brokenInternalLinks(in: try site.outputFiles(), basePath: "/ukraine/")
        #expect(broken == [])
    }

    @Test func assetsAreCopiedByteForByte() throws {
        let site = try TestSite(fixture: "basic-site")
        #expect(site.build().succeeded)
        let css = try Data(contentsOf: repositoryRoot.appendingPathComponent("Sources/SiteGenCore/DefaultTheme/assets/style.css"))
        #expect(try site.outputFiles()["assets/style.css"] == [UInt8](css))
    }

    @Test func draftsAppearOnlyWhenAsked() throws {
        let site = try TestSite(fixture: "basic-site")
        #expect(site.build().succeeded)
        #expect(try site.outputFiles()["briefings/unfinished/index.html"] == nil)
        #expect(site.build(drafts: true).succeeded)
        let page = try site.read("public/briefings/unfinished/index.html")
        #expect(page.contains("<span class=\"badge\">Draft</span>"))
    }
}
