import Foundation
import Testing

@testable import SiteGenCore

@Suite struct OutputWriterTests {
    @Test(arguments: ["../x", "a/../../x", "/etc/passwd", "a//b", "./a", "", "a/\0b"])
    func refusesPathsThatLeaveTheOutputFolder(_ path: String) {
        #expect(!OutputWriter.isSafe(path))
    }

    @Test func writesNestedFilesAndReplacesTheFolder() throws {
        let site = try TestSite([:], templates: false)
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
        let site = try TestSite([:], templates: false)
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
        let site = try TestSite([:], templates: false)
        // A build that died after moving the old output aside, leaving its staging folder too.
        try site.write(".public.old-999999/index.html", "previous")
        try site.write(".public.tmp-999999/index.html", "half")
        let writer = OutputWriter(destination: site.output)
        #expect(writer.write([OutputFile(path: "index.html", text: "new")]).isEmpty)
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(entries == ["public"])
        #expect(try site.read("public/index.html") == "new")
    }
}
