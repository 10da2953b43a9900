import Foundation

/// Publishes a built site into a folder, such as a web server's document root: writes new and
/// changed files, each atomically (written beside, then renamed), and removes the files an earlier
/// publish put there that the site no longer has. Files it never put there are left alone: it
/// keeps the list of what it published in `.sitegen-published`.
public struct FolderPublisher: Sendable {
    public static let manifest = ".sitegen-published"

    public let target: URL

    public init(target: URL) {
        self.target = target.standardizedFileURL
    }

    /// What publishing `files` would change.
    public func plan(_ files: [OutputFile]) -> PublishChanges {
        let previous = published()
        var changes = PublishChanges()
        for file in files.sorted(by: { $0.path < $1.path }) {
            let url = target.appendingPathComponent(file.path)
            if let existing = FileManager.default.contents(atPath: url.path) {
                if [UInt8](existing) != file.bytes { changes.changed.append(file.path) }
            } else {
                changes.added.append(file.path)
            }
        }
        let current = Set(files.map(\.path))
        changes.removed = previous.subtracting(current).filter {
            FileManager.default.fileExists(atPath: target.appendingPathComponent($0).path)
        }.sorted()
        return changes
    }

    /// Publishes `files`; returns what changed.
    public func publish(_ files: [OutputFile]) throws -> PublishChanges {
        let changes = plan(files)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for path in changes.added + changes.changed {
            guard OutputWriter.isSafe(path), let file = byPath[path] else {
                throw PublishError("refusing to write outside the target: '\(path)'")
            }
            let url = target.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url, options: .atomic)
        }
        for path in changes.removed where OutputWriter.isSafe(path) {
            try FileManager.default.removeItem(at: target.appendingPathComponent(path))
            removeEmptyFolders(above: path)
        }
        // Written only when it changes, so that publishing an unchanged site touches nothing
        // (a host that syncs by modification time, or a backup, sees no change).
        let list = Data((files.map(\.path).sorted().joined(separator: "\n") + "\n").utf8)
        let manifest = target.appendingPathComponent(Self.manifest)
        if FileManager.default.contents(atPath: manifest.path) != list {
            try list.write(to: manifest, options: .atomic)
        }
        return changes
    }

    /// The files the last publish put in the target.
    private func published() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: target.appendingPathComponent(Self.manifest).path) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter(OutputWriter.isSafe))
    }

    private func removeEmptyFolders(above path: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            let url = target.appendingPathComponent(folder)
            guard (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty == true else { return }
            try? FileManager.default.removeItem(at: url)
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}
