import Foundation
import Testing

@testable import SiteGenCore

/// The inputs of `make fuzz` that once went wrong (`Tests/Fixtures/fuzz/regressions/`) and its
/// hand-written seeds (`Tests/Fixtures/fuzz/seeds/`): each must come out of a build as errors or
/// warnings at a place in the file, never as a crash, a hang or a file silently left out.
///
/// An input is what `sitegen-fuzz` reads: a header byte (bits 0–1 the content kind: briefing,
/// theme, entity; bit 4 smart punctuation off; bit 5 unsafe HTML; see
/// `Sources/SiteGenFuzz/FuzzInput.swift`), then the bytes of a content file.
@Suite struct FuzzRegressionTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/fuzz")

    /// `seeds/name` and `regressions/name` for every input, in name order.
    static let inputs: [String] = ["regressions", "seeds"].flatMap { sub in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(sub)/\($0)" }
    }

    struct Input {
        var kind: ContentKind
        var markdown: MarkdownOptions
        var bytes: [UInt8]
        var path: String { ContentPath.of(kind, id: "fuzz") }

        init(_ name: String) throws {
            let data = [UInt8](try Data(contentsOf: FuzzRegressionTests.folder.appendingPathComponent(name)))
            let header = data.first ?? 0
            kind = [.briefing, .theme, .entity, .briefing][Int(header & 0x03)]
            markdown = MarkdownOptions(smartPunctuation: header & 0x10 == 0, unsafeHTML: header & 0x20 != 0)
            bytes = Array(data.dropFirst())
        }
    }

    @Test func thereAreInputs() {
        #expect(Self.inputs.contains { $0.hasPrefix("seeds/") })
    }

    /// Decode, split, front-matter and body, then the body to HTML: the fuzzer's path without the site.
    @Test(arguments: inputs) func theFileAloneIsReportedAtItsPlace(_ name: String) throws {
        let input = try Input(name)
        let text = TextDecoder.decode(RawFile(path: input.path, bytes: input.bytes))
            .flatMap { FrontMatterSplitter.split($0, path: input.path, kind: input.kind, id: "fuzz") }
        var diagnostics: [Diagnostic] = []
        var parsed = false
        switch text {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
        case .success(let file):
            let content = ParsedContent.parse(file, markdown: input.markdown)
            diagnostics = content.diagnostics
            parsed = content.isParsed
            if let body = content.briefing?.body ?? content.theme?.body ?? content.entity?.body {
                _ = MarkdownRenderer(links: SiteLinks(prefix: "/"), unsafeHTML: input.markdown.unsafeHTML).html(
                    of: body, rewrites: BodyRewrites())
            }
        }
        for diagnostic in diagnostics where diagnostic.severity != .note {
            let location = try #require(diagnostic.location, "\(diagnostic)")
            #expect(location.path == input.path && location.line >= 1 && location.column >= 1, "\(diagnostic)")
        }
        if !parsed {
            #expect(diagnostics.contains { $0.severity == .error }, "the file was dropped without an error")
        }
    }

    /// The same file in a whole site (the basic fixture), built without writing.
    @Test(arguments: inputs) func aBuildReportsTheFileAtItsPlace(_ name: String) throws {
        let input = try Input(name)
        let site = try TestSite(fixture: "basic-site")
        try site.write(input.path, bytes: input.bytes)
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, includeDrafts: true, write: false))
        for diagnostic in report.diagnostics where diagnostic.severity != .note {
            #expect(diagnostic.location != nil, "\(diagnostic)")
        }
        if !report.succeeded {
            #expect(!report.errors.isEmpty, "the build failed without saying why")
        }
    }

    /// The fuzzer's own pipeline (with this repository's site), run without libFuzzer: it exits
    /// 0 when every input keeps the fuzzer's promises, and a crash stays in its process.
    @Test func theFuzzTargetReplaysEveryInput() throws {
        let executable = sitegenExecutable.deletingLastPathComponent().appendingPathComponent("sitegen-fuzz")
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "no \(executable.path): swift build first")
        let folders = ["regressions", "seeds"].map { Self.folder.appendingPathComponent($0).path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let result = try runWatched(executable.path, folders, in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
    }
}
