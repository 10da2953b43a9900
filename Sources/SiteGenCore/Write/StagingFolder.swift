import Foundation

/// A build's output while it is being written: a folder beside the output folder that takes the
/// place of the output folder when the build succeeds (`commit`), or is removed when it does not
/// (`discard`). Files may be written from several threads at once.
///
/// The folder may start as the output of the build before last (`spare`): its files are then
/// written over in place, and those this build does not write are removed at `commit`, which
/// costs far less than making every folder and file anew and deleting the old ones.
public struct StagingFolder: Sendable {
    public let root: URL
    /// `root`'s path, read once: `URL.path` builds a new string each time it is read (0.14 s of
    /// 100,000 folders' worth), and every file written or removed needs it.
    private let rootPath: String
    let destination: URL
    /// Where the previous output goes when this one takes its place, for the next build to reuse.
    let spare: URL
    /// Every file this build writes but the marker, relative to the root.
    private let files: Set<String>
    /// Every folder it writes in, sorted, so that a folder comes after its parent.
    private let folders: [String]
    private let folderSet: Set<String>
    /// The folder started as an earlier output, so it may hold files this build does not write.
    private let reused: Bool

    /// Makes the folder (from `spare` when there is one), and every folder `files` need.
    init(root: URL, destination: URL, spare: URL, files: Set<String>) throws {
        self.root = root
        self.destination = destination
        self.spare = spare
        try? FileManager.default.removeItem(at: root)
        rootPath = root.path
        // Only a spare that is a folder is reused. Renamed, a link would stay a link, and every
        // file would be written through it into the folder it leads to: it (or a file) is removed.
        var status = stat()
        let spareExists = lstat(spare.path, &status) == 0
        let spareIsFolder = spareExists && status.st_mode & S_IFMT == S_IFDIR
        if spareExists, !spareIsFolder { unlink(spare.path) }
        reused = spareIsFolder && rename(spare.path, rootPath) == 0
        guard reused || mkdir(rootPath, 0o755) == 0 else {
            let folder = root.deletingLastPathComponent().path
            throw WriteError("cannot make a folder in \(folder) to build in: \(String(cString: strerror(errno)))")
        }
        var folders: Set<String> = [], unsafe: [String] = []
        for path in files {
            guard OutputWriter.isSafe(path) else {
                unsafe.append(path)
                continue
            }
            // Its folders, deepest first, up to one already listed.
            var end = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            while let slash = end, folders.insert(String(path[..<slash])).inserted {
                end = path.utf8[..<slash].lastIndex(of: UInt8(ascii: "/"))
            }
        }
        // The first in order, whatever the set's order, so that the message is the same each time.
        if let path = unsafe.min() { throw WriteError("refusing to write outside the output folder: '\(path)'") }
        self.files = files
        self.folders = folders.sorted()
        folderSet = folders
        try Self.make(self.folders, in: rootPath, reused: reused)
    }

    /// Makes `folders` (sorted, so a folder comes after its parent) below `root`, one mkdir each.
    /// In a reused folder most are there already: they are looked at on every core, and only the
    /// missing ones made. A file or a link of an earlier build may stand where this one needs a
    /// folder: it is replaced, and every folder below it is made too (looked at through the link,
    /// they seemed to be there).
    private static func make(_ folders: [String], in root: String, reused: Bool) throws {
        let missing: [Bool] =
            reused
            ? folders.parallelMap { folder -> Bool in
                var status = stat()
                return lstat(root + "/" + folder, &status) != 0 || status.st_mode & S_IFMT != S_IFDIR
            } : []
        var made: Set<String> = []
        for (position, folder) in folders.enumerated() {
            if reused, !missing[position] {
                guard !made.isEmpty, let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")), made.contains(String(folder[..<slash]))
                else { continue }
            }
            let path = root + "/" + folder
            guard mkdir(path, 0o755) == 0 || (reused && errno == EEXIST && unlink(path) == 0 && mkdir(path, 0o755) == 0) else {
                throw WriteError("cannot create \(folder): \(String(cString: strerror(errno)))")
            }
            if reused { made.insert(folder) }
        }
    }

    /// Writes one file; its folder must be among those made by `init`. In a reused folder, a file
    /// that holds these bytes already, as most files of the build before last do, is left as it is.
    public func write(_ file: OutputFile) throws {
        guard OutputWriter.isSafe(file.path) else { throw WriteError("refusing to write outside the output folder: '\(file.path)'") }
        var sink = try FileSink(path: rootPath + "/" + file.path, name: file.path, reused: reused, size: file.bytes.count)
        try file.bytes.withUnsafeBufferPointer { bytes throws(WriteError) in try sink.append(bytes) }
        try sink.finish()
    }

    /// Writes a data file as it is made, piece by piece; nothing of it is held.
    public func write(_ file: DataFile) throws {
        try write(path: file.path) { emit in file.produce { bytes in bytes.withUnsafeBufferPointer(emit) } }
    }

    /// Writes the file at `path` (below the output folder) as `produce` hands it pieces; in a
    /// reused folder, compared with the file there and written from the first piece that differs.
    func write(path: String, produce: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws {
        guard OutputWriter.isSafe(path) else { throw WriteError("refusing to write outside the output folder: '\(path)'") }
        var sink = try FileSink(path: rootPath + "/" + path, name: path, reused: reused)
        var failure: WriteError?
        produce { bytes in
            guard failure == nil else { return }
            do throws(WriteError) { try sink.append(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
        try sink.finish()
    }

    /// Swaps the staging folder in as the output folder. The previous output is moved aside only
    /// once the new one is complete, and kept as the next build's `spare`.
    public func commit() throws {
        let fileManager = FileManager.default
        if reused { try removeUnwritten() }
        let old = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).old-\(getpid())")
        let exists = fileManager.fileExists(atPath: destination.path)
        if exists { try fileManager.moveItem(at: destination, to: old) }
        do {
            try fileManager.moveItem(at: root, to: destination)
        } catch {
            if exists { try? fileManager.moveItem(at: old, to: destination) }
            throw error
        }
        if exists, rename(old.path, spare.path) != 0 { try? fileManager.removeItem(at: old) }
    }

    /// Removes what an earlier build left in a reused folder and this one did not write. Each
    /// folder this build made is read on its own, on every core (`FolderEntries`, whose entries
    /// carry their kind, so nothing is looked up twice); a folder it did not make goes whole.
    private func removeUnwritten() throws {
        let failures = ([""] + folders).parallelMap { folder -> (any Error)? in
            do {
                try removeUnwritten(in: folder)
                return nil
            } catch {
                return error
            }
        }
        // The error as it was thrown, for `OutputWriter` to describe.
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    private func removeUnwritten(in folder: String) throws {
        for entry in FolderEntries.read(rootPath + "/" + folder) ?? [] {
            let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
            if entry.kind == .folder {
                if !folderSet.contains(path) { try FileManager.default.removeItem(atPath: rootPath + "/" + path) }
            } else if !files.contains(path), path != OutputWriter.marker, unlink(rootPath + "/" + path) != 0 {
                throw WriteError("cannot remove \(path) of an earlier build: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Removes the staging folder; the output folder stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: root)
    }
}

struct WriteError: LocalizedError {
    let message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
