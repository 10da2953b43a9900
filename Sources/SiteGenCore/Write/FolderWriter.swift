import Foundation

/// Writes files into a folder in place, each atomically (written beside, then renamed), and
/// skips a file whose bytes it wrote there before. For the preview, which a server reads while
/// it is rebuilt; a build for publishing uses `OutputWriter` instead.
public final class FolderWriter {
    public let folder: URL
    /// What was written, by path: a digest of the bytes.
    private var written: [String: Int] = [:]
    private var fileManager: FileManager { FileManager.default }

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// Writes the files whose bytes changed; returns how many it wrote. Digests and writes run
    /// on every core: an edit of a briefing's themes rewrites every later page of a long list.
    public func write(_ files: [OutputFile]) throws -> Int {
        for file in files where !OutputWriter.isSafe(file.path) { throw CocoaError(.fileWriteInvalidFileName) }
        let digests = files.parallelMap { Self.digest($0.bytes) }
        let changed = files.indices.filter { written[files[$0].path] != digests[$0] }
        // Paths as text: a URL made for each file was a fifth of a small rebuild's writing.
        let root = folder.path
        let failures = changed.parallelMap { position -> WriteError? in
            do {
                try Self.replace(root + "/" + files[position].path, with: files[position].bytes)
                return nil
            } catch {
                return error as? WriteError ?? WriteError("cannot write \(files[position].path): \(error)")
            }
        }
        var count = 0
        for (position, failure) in zip(changed, failures) where failure == nil {
            written[files[position].path] = digests[position]
            count += 1
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        return count
    }

    /// Writes the bytes beside the file, then renames them over it, so that a reader sees the old
    /// file or the new one, never half of one. No fsync: the preview's output need not survive a
    /// crash of the machine, and waiting for the disk was most of a small rebuild's writing.
    private static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = path + ".sitegen-new"
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        // Its folder is made when it is missing (new, or removed while the preview runs), and
        // only then: asking first, for every file, was most of a first build's writing.
        if descriptor < 0, errno == ENOENT, let slash = path.lastIndex(of: "/") {
            try? FileManager.default.createDirectory(atPath: String(path[..<slash]), withIntermediateDirectories: true)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw WriteError("cannot write \(path): \(String(cString: strerror(errno)))") }
        do {
            defer { close(descriptor) }
            try bytes.withUnsafeBufferPointer { bytes throws(WriteError) in try FileSink.write(bytes, to: descriptor, at: 0, name: path) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError("cannot write \(path): \(reason)")
        }
    }

    /// A digest of the bytes, hashed as one buffer (not byte by byte, as an array's hash is).
    private static func digest(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(bytes.count)
        return hasher.finalize()
    }

    /// Removes files written before; returns how many it removed.
    public func remove(_ paths: [String]) -> Int {
        var count = 0
        for path in paths where written.removeValue(forKey: path) != nil {
            try? fileManager.removeItem(at: folder.appendingPathComponent(path))
            count += 1
        }
        return count
    }

    /// Every path written so far.
    public var paths: Set<String> { Set(written.keys) }
}
