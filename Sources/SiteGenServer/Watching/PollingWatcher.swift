import Foundation

/// Finds changes by listing the watched files' sizes and modification times a few times a
/// second: works everywhere, at some cost on very large sites.
final class PollingWatcher: ChangeWatcher {
    let batches: AsyncStream<Set<String>>
    private let continuation: AsyncStream<Set<String>>.Continuation
    private let stopped = StopFlag()
    static let interval = 0.3

    init(root: URL) {
        (batches, continuation) = AsyncStream<Set<String>>.makeStream()
        let root = root.standardizedFileURL
        let thread = Thread { [continuation, stopped] in
            var known = Self.snapshot(root)
            while !stopped.isRaised {
                Thread.sleep(forTimeInterval: Self.interval)
                let now = Self.snapshot(root)
                let changed = Set(now.keys.filter { now[$0] != known[$0] } + known.keys.filter { now[$0] == nil })
                if !changed.isEmpty { continuation.yield(changed) }
                known = now
            }
            continuation.finish()
        }
        thread.name = "sitegen polling watcher"
        thread.start()
    }

    func stop() {
        stopped.raise()
    }

    /// Every watched file: site-relative path → (size, modification time).
    static func snapshot(_ root: URL) -> [String: [Double]] {
        var files: [String: [Double]] = [:]
        func record(_ path: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path) else { return }
            let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            files[path] = [size, modified]
        }
        for file in WatchedPaths.files { record(file) }
        for folder in WatchedPaths.folders {
            guard let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let relative as String in walker where WatchedPaths.matters("\(folder)/\(relative)") {
                record("\(folder)/\(relative)")
            }
        }
        return files
    }
}
