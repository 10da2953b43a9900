import Foundation
import Testing

@testable import SiteGenCore

@Suite struct OutputWriterTests {
    @Test(arguments: ["../x", "a/../../x", "/etc/passwd", "a//b", "./a", "", "a/\0b"])
    func refusesPathsThatLeaveTheOutputFolder(_ path: String) {
        #expect(!OutputWriter.isSafe(path))
    }

    @Test func writesNestedFilesAndReplacesTheFolder() throws {
        let site = try TestSite([:])
        let writer = OutputWriter(destination: site.output)
        #expect(writer.write([OutputFile(path: "a/b/index.html", text: "one"), OutputFile(path: "index.html", text: "two")]).isEmpty)
        #expect(
            try site.outputFiles().filter { $0.key != OutputWriter.marker } == [
                "a/b/index.html": Array("one".utf8), "index.html": Array("two".utf8),
            ])
        #expect(writer.write([OutputFile(path: "c.txt", text: "three")]).isEmpty)
        #expect(try site.outputFiles().filter { $0.key != OutputWriter.marker } == ["c.txt": Array("three".utf8)])
    }

    @Test func anUnsafePathFailsTheWriteAndKeepsTheOldOutput() throws {
        let site = try TestSite([:])
        let writer = OutputWriter(destination: site.output)
        #expect(writer.write([OutputFile(path: "index.html", text: "old")]).isEmpty)
        let problems = writer.write([OutputFile(path: "new.html", text: "new"), OutputFile(path: "../escape.html", text: "x")])
        #expect(
            problems.map(\.description) == [
                "error: cannot write \(site.output.path): refusing to write outside the output folder: '../escape.html'; the previous output is unchanged"
            ])
        #expect(try site.outputFiles().filter { $0.key != OutputWriter.marker } == ["index.html": Array("old".utf8)])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("escape.html").path))
    }

    @Test func cleansUpAfterAKilledBuild() throws {
        let site = try TestSite([:])
        // A build that died after moving the old output aside, leaving its staging folder too.
        try site.write(".public.old-999999/index.html", "previous")
        try site.write(".public.tmp-999999/index.html", "half")
        let writer = OutputWriter(destination: site.output)
        #expect(writer.write([OutputFile(path: "index.html", text: "new")]).isEmpty)
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(entries == [".public.spare", "public"])
        #expect(try site.read("public/index.html") == "new")
        #expect(try site.read(".public.spare/index.html") == "previous", "the output put back is the next build's spare")
    }

    /// The third write reuses the first one's folder: whatever the first wrote and the third does
    /// not is gone, and a folder and a file may trade places.
    @Test func aReusedSpareHoldsExactlyTheNewOutput() throws {
        let site = try TestSite([:])
        let writer = OutputWriter(destination: site.output)
        let first = ["index.html": "1", "a/x.html": "1", "gone.html": "1", "f/inner/deep.txt": "1", "g": "1"]
        let third = ["index.html": "3", "a/x.html": "3", "f": "3", "g/now-a-folder.txt": "3", "new/y.html": "3"]
        for files in [first, ["index.html": "2"], third] {
            #expect(writer.write(files.map { OutputFile(path: $0.key, text: $0.value) }).isEmpty)
        }
        var written = try site.outputFiles()
        #expect(written.removeValue(forKey: OutputWriter.marker) != nil)
        #expect(written == third.mapValues { Array($0.utf8) })
        #expect(try TestSite.files(under: writer.spare).filter { $0.key != OutputWriter.marker } == ["index.html": Array("2".utf8)])
    }

    /// A symbolic link in the reused spare, where a page goes, is replaced, never followed: the
    /// file it leads to, outside the output, keeps its bytes.
    @Test func aLinkInTheSpareIsNotFollowed() throws {
        let site = try TestSite(["outside.txt": "keep me"])
        let writer = OutputWriter(destination: site.output)
        let files = ["index.html": "new", "a/x.html": "new"]
        for _ in 0..<2 { #expect(writer.write(files.map { OutputFile(path: $0.key, text: $0.value) }).isEmpty) }
        for path in ["index.html", "a/x.html"] {
            let link = writer.spare.appendingPathComponent(path)
            try FileManager.default.removeItem(at: link)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.root.appendingPathComponent("outside.txt"))
        }
        #expect(writer.write(files.map { OutputFile(path: $0.key, text: $0.value) }).isEmpty)
        #expect(try site.read("outside.txt") == "keep me")
        #expect(try site.read("public/a/x.html") == "new")
        let kind = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent("index.html").path)[.type]
        #expect(kind as? FileAttributeType == .typeRegular)
    }
}
