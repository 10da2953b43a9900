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

    /// Writes the files whose bytes changed; returns how many it wrote.
    public func write(_ files: [OutputFile]) throws -> Int {
        var count = 0
        for file in files {
            guard OutputWriter.isSafe(file.path) else { throw CocoaError(.fileWriteInvalidFileName) }
            let digest = file.bytes.hashValue
            if written[file.path] == digest { continue }
            let url = folder.appendingPathComponent(file.path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url, options: .atomic)
            written[file.path] = digest
            count += 1
        }
        return count
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
