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
        // Of several unsafe paths, the first in order is named, whatever the order of a set.
        let unsafe = ["a/../../x", "../escape.html", "/etc/x", "b//c"].map { OutputFile(path: $0, text: "x") }
        let problems = writer.write([OutputFile(path: "new.html", text: "new")] + unsafe)
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

    /// A link in the reused spare where a folder goes is replaced by a folder, and a file where a
    /// folder goes too: nothing is written through the link into the folder it leads to, and the
    /// folders below it are made anew (through the link they seemed to be there).
    @Test func aLinkToAFolderInTheSpareIsReplaced() throws {
        let site = try TestSite(["elsewhere/keep.txt": "keep me", "elsewhere/d/e/keep.txt": "keep me"])
        let writer = OutputWriter(destination: site.output)
        let files = ["a/x.html": "new", "a/d/e/z.html": "new", "b/c/y.html": "new"]
        for _ in 0..<2 { #expect(writer.write(files.map { OutputFile(path: $0.key, text: $0.value) }).isEmpty) }
        let manager = FileManager.default
        try manager.removeItem(at: writer.spare.appendingPathComponent("a"))
        try manager.createSymbolicLink(
            at: writer.spare.appendingPathComponent("a"), withDestinationURL: site.root.appendingPathComponent("elsewhere"))
        try manager.removeItem(at: writer.spare.appendingPathComponent("b/c"))
        #expect(manager.createFile(atPath: writer.spare.appendingPathComponent("b/c").path, contents: Data("file".utf8)))
        #expect(writer.write(files.map { OutputFile(path: $0.key, text: $0.value) }).isEmpty)
        #expect(
            try TestSite.files(under: site.root.appendingPathComponent("elsewhere"))
                == ["keep.txt": Array("keep me".utf8), "d/e/keep.txt": Array("keep me".utf8)])
        var written = try site.outputFiles()
        #expect(written.removeValue(forKey: OutputWriter.marker) != nil)
        #expect(written == files.mapValues { Array($0.utf8) })
    }

    /// A spare that is itself a link (or a file) is not reused: the build would write through the
    /// link into the folder it leads to. It is removed, and the output made anew.
    @Test func aSpareThatIsALinkIsNotWrittenThrough() throws {
        let site = try TestSite(["elsewhere/keep.txt": "keep me"])
        let writer = OutputWriter(destination: site.output)
        let files = ["a/x.html": "new", "index.html": "home"]
        for _ in 0..<2 { #expect(writer.write(files.map { OutputFile(path: $0.key, text: $0.value) }).isEmpty) }
        let manager = FileManager.default
        try manager.removeItem(at: writer.spare)
        try manager.createSymbolicLink(at: writer.spare, withDestinationURL: site.root.appendingPathComponent("elsewhere"))
        #expect(writer.write(files.map { OutputFile(path: $0.key, text: $0.value) }).isEmpty)
        #expect(try TestSite.files(under: site.root.appendingPathComponent("elsewhere")) == ["keep.txt": Array("keep me".utf8)])
        var written = try site.outputFiles()
        #expect(written.removeValue(forKey: OutputWriter.marker) != nil)
        #expect(written == files.mapValues { Array($0.utf8) })
    }

    /// Writes `pieces` as one streamed file at `path` into the writer's next staging folder, which
    /// starts as the spare; returns the staging folder's file, before it is committed.
    private func stream(_ pieces: [String], to path: String, with writer: OutputWriter) throws -> (StagingFolder, String) {
        let staging = try writer.begin(files: [path])
        try staging.write(DataFile(path: path) { emit in for piece in pieces { emit(Array(piece.utf8)) } })
        return (staging, staging.root.appendingPathComponent(path).path)
    }

    /// A streamed file over the spare's is compared piece by piece: the same bytes leave the file
    /// untouched (its time stays), and a file that differs anywhere (a piece, the end, a longer or
    /// a shorter earlier file) ends with exactly the new bytes.
    @Test(arguments: [
        ["same one", "same two"], ["same one", "other"], ["same"], ["same one", "same two", "more"], ["s", "ame one same two"],
        ["different", "same two"], [],
    ])
    func aStreamedFileOverTheSparesIsWrittenFromItsFirstDifference(_ pieces: [String]) throws {
        let site = try TestSite([:])
        let writer = OutputWriter(destination: site.output)
        let earlier = ["same one", "same two"]
        for _ in 0..<2 { #expect(writer.write([OutputFile(path: "d/data.json", text: earlier.joined())]).isEmpty) }
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes(
            [.modificationDate: old], ofItemAtPath: writer.spare.appendingPathComponent("d/data.json").path)
        let (staging, file) = try stream(pieces, to: "d/data.json", with: writer)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == pieces.joined())
        let time = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        #expect((time == old) == (pieces == earlier), "written only when its bytes differ")
        try staging.commit()
        #expect(try site.read("public/d/data.json") == pieces.joined())
    }

    /// Where a streamed file goes, the spare's symbolic link or hard link is replaced, not
    /// written through, and a named pipe is replaced without being opened for reading or writing
    /// (which could block).
    @Test func aStreamedFileReplacesALinkOrAPipeInTheSpare() throws {
        let site = try TestSite(["outside.txt": "keep me", "hard.txt": "keep me"])
        let writer = OutputWriter(destination: site.output)
        let paths = ["link.json", "pipe.json", "hard.json"]
        for _ in 0..<2 { #expect(writer.write(paths.map { OutputFile(path: $0, text: "x") }).isEmpty) }
        let manager = FileManager.default
        let link = writer.spare.appendingPathComponent("link.json")
        try manager.removeItem(at: link)
        try manager.createSymbolicLink(at: link, withDestinationURL: site.root.appendingPathComponent("outside.txt"))
        let hard = writer.spare.appendingPathComponent("hard.json")
        try manager.removeItem(at: hard)
        try manager.linkItem(at: site.root.appendingPathComponent("hard.txt"), to: hard)
        let pipe = writer.spare.appendingPathComponent("pipe.json").path
        try manager.removeItem(atPath: pipe)
        #expect(mkfifo(pipe, 0o644) == 0)
        let staging = try writer.begin(files: Set(paths))
        for path in paths {
            try staging.write(DataFile(path: path) { emit in emit(Array("new".utf8)) })
        }
        try staging.commit()
        #expect(try site.read("outside.txt") == "keep me")
        #expect(try site.read("hard.txt") == "keep me")
        for path in paths {
            let kind = try manager.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)[.type]
            #expect(kind as? FileAttributeType == .typeRegular)
            #expect(try site.read("public/" + path) == "new")
        }
    }

    /// Comparing a file of the spare does not record that it was read: with `relatime`, the first
    /// read after a write would, and a rebuild would write the inode of every file it leaves alone.
    /// (On a file system mounted `noatime`, or tmpfs with it, this passes either way.)
    @Test func comparingAFileOfTheSpareLeavesItsAccessTime() throws {
        let site = try TestSite([:])
        let writer = OutputWriter(destination: site.output)
        for _ in 0..<2 { #expect(writer.write([OutputFile(path: "index.html", text: "same")]).isEmpty) }
        let path = writer.spare.appendingPathComponent("index.html").path
        // An access time no later than the file's last change: `relatime` records the next read.
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(writer.write([OutputFile(path: "index.html", text: "same")]).isEmpty)
        var status = stat()
        #expect(stat(site.output.appendingPathComponent("index.html").path, &status) == 0)
        #expect(status.st_atim.tv_sec == 1_000_000_000)
        #expect(status.st_mtim.tv_sec == 1_000_000_000, "left as it was")
    }
}
