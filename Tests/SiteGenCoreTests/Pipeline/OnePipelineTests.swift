import Foundation
import Testing

@testable import SiteGenCore

/// `sitegen build` (SiteBuilder) and `sitegen serve` (IncrementalBuilder) drive the same steps:
/// what one reports of a site, the other reports too.
@Suite struct OnePipelineTests {
    let site: TestSite

    init() throws {
        site = try TestSite(fixture: "basic-site")
    }

    func preview(baseURL: String? = nil) -> IncrementalBuilder {
        IncrementalBuilder(options: .init(siteRoot: site.root, output: site.root.appendingPathComponent(".preview"), baseURL: baseURL))
    }

    @Test func anInvalidBaseURLOverrideFailsBothAlike() throws {
        let built = SiteBuilder.build(BuildOptions(siteRoot: site.root, baseURL: "ftp://example.org/"))
        let previewed = preview(baseURL: "ftp://example.org/").build()
        #expect(!built.succeeded)
        #expect(!previewed.succeeded)
        let message = "the base URL must be an http(s) URL or a path starting with '/', not 'ftp://example.org/'"
        #expect(built.diagnostics.filter { $0.severity == .error }.map(\.message) == [message])
        #expect(previewed.errors.map(\.message) == [message])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".preview/index.html").path))
    }

    @Test func bothReportTheSameProblemsOfABrokenSite() throws {
        try site.write(
            "content/briefings/second-take.md", try site.read("content/briefings/second-take.md") + "\n[gone](/ukraine/nowhere/)\n")
        let built = SiteBuilder.build(BuildOptions(siteRoot: site.root))
        let previewed = preview().build()
        #expect(!built.succeeded)
        #expect(!previewed.succeeded)
        let errors = built.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1)
        #expect(previewed.errors.map(\.description) == errors)
    }

    /// The preview's rebuild times rendering and checking apart, from the pages step's own times.
    @Test func aRebuildTimesEachStageOfTheSharedSteps() throws {
        let builder = preview()
        #expect(builder.build().succeeded)
        let path = "content/briefings/second-take.md"
        try site.write(path, try site.read(path) + "\nOne more sentence.\n")
        let report = builder.rebuild(changed: [path])
        #expect(report.succeeded)
        #expect(!report.indexedWholeSite)
        #expect(Set(report.stageTimes.keys) == [.parse, .index, .render, .check, .write])
        #expect(report.stageTimes.values.allSatisfy { $0 >= 0 })
    }
}
