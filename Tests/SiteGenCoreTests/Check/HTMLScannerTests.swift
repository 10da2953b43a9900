import Foundation
import Testing

@testable import SiteGenCore

/// A streamed page (the book) is read piece by piece as it is written: what the reader finds in
/// pieces cut anywhere, inside tags and characters, is what it finds in the whole page.
@Suite struct HTMLScannerTests {
    func readInPieces(_ html: [UInt8], size: Int) -> HTMLScanner.Result {
        let reader = HTMLScanner.Reader()
        html.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                reader.read(UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + size)]))
                start += size
            }
        }
        return reader.finish()
    }

    @Test func piecesFindWhatTheWholePageHolds() throws {
        let (sources, _) = SiteLoader(root: repositoryRoot.standardizedFileURL).load()
        let (parsed, _) = SiteParser.parse(sources)
        let (index, _) = SiteIndexer.index(IndexInput(parsed, staticFiles: sources.staticFiles, includeDrafts: false))
        let (files, problems) = SiteRenderer.render(index, templates: try #require(parsed.templates))
        #expect(problems.isEmpty)
        let pages = files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 20)
        #expect(pages.contains { $0.path == "book/index.html" })
        for page in pages {
            let whole = HTMLScanner.scan(page.bytes)
            #expect(!whole.references.isEmpty, "\(page.path)")
            for size in [1, 7, 4096] {
                let pieces = readInPieces(page.bytes, size: size)
                #expect(pieces.references == whole.references, "\(page.path) in pieces of \(size)")
                #expect(pieces.anchors == whole.anchors, "\(page.path) in pieces of \(size)")
            }
        }
        // Multi-byte characters cut in two are read whole.
        let text = Array("<p id=\"é\">Ukraïna</p><a href=\"/été/\">x</a>".utf8)
        #expect(readInPieces(text, size: 1).anchors.map(\.value) == ["é"])
        #expect(readInPieces(text, size: 1).references.map(\.value) == ["/été/"])
    }
}
