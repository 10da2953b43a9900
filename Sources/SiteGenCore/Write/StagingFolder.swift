import Foundation

/// A build's output while it is being written: a folder beside the output folder that takes the
/// place of the output folder when the build succeeds (`commit`), or is removed when it does not
/// (`discard`). Files may be written from several threads at once.
public struct StagingFolder: Sendable {
    public let root: URL
    let destination: URL

    /// Creates the folder, and every folder that `paths` (relative to it) need, once.
    init(root: URL, destination: URL, paths: some Sequence<String>) throws {
        self.root = root
        self.destination = destination
        try? FileManager.default.removeItem(at: root)
        guard mkdir(root.path, 0o755) == 0 else {
            let folder = root.deletingLastPathComponent().path
            throw WriteError("cannot make a folder in \(folder) to build in: \(String(cString: strerror(errno)))")
        }
        var folders: Set<String> = []
        for path in paths {
            guard OutputWriter.isSafe(path) else { throw WriteError("refusing to write outside the output folder: '\(path)'") }
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        // Sorted, a folder comes after its parent: one mkdir each.
        for folder in folders.sorted() where mkdir(root.path + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw WriteError("cannot create \(folder): \(String(cString: strerror(errno)))")
        }
    }

    /// Writes one file; its folder must be among those made by `init`.
    public func write(_ file: OutputFile) throws {
        guard OutputWriter.isSafe(file.path) else { throw WriteError("refusing to write outside the output folder: '\(file.path)'") }
        let path = root.path + "/" + file.path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError("cannot write \(file.path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try file.bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw WriteError("cannot write \(file.path): \(String(cString: strerror(errno)))") }
                offset += written
            }
        }
    }

    /// Swaps the staging folder in as the output folder; the previous output is removed only
    /// once the new one is in place.
    public func commit() throws {
        let fileManager = FileManager.default
        let old = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).old-\(getpid())")
        let exists = fileManager.fileExists(atPath: destination.path)
        if exists { try fileManager.moveItem(at: destination, to: old) }
        do {
            try fileManager.moveItem(at: root, to: destination)
        } catch {
            if exists { try? fileManager.moveItem(at: old, to: destination) }
            throw error
        }
        if exists { try? fileManager.removeItem(at: old) }
    }

    /// Removes the staging folder; the output folder stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: root)
    }
}

struct WriteError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
