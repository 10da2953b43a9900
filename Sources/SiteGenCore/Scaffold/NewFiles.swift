import Foundation

/// Files sitegen writes for a writer to edit (`init`, `new`, `theme eject`), and what became of
/// each: a file already there is kept as it was unless `replace` is asked for, so that none of
/// these commands can destroy a writer's work by default.
public struct NewFiles: Sendable, Equatable {
    /// Paths relative to the folder written into, in the order given.
    public var written: [String] = []
    /// Files already there, left as they were.
    public var kept: [String] = []

    public init() {}

    /// Writes each file under `folder` (creating the folders it needs); a file already there is
    /// kept unless `replace`.
    public static func write(_ files: [RawFile], into folder: URL, replace: Bool = false) throws -> NewFiles {
        var result = NewFiles()
        for file in files {
            let target = folder.appendingPathComponent(file.path)
            if !replace, FileManager.default.fileExists(atPath: target.path) {
                result.kept.append(file.path)
                continue
            }
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: target, options: replace ? .atomic : .withoutOverwriting)
            result.written.append(file.path)
        }
        return result
    }
}
