import Foundation

/// Watches a site folder and reports changed files (site-relative paths) in batches, once the
/// writes have settled: editors save in bursts (a temporary file, a rename, a chmod).
protocol ChangeWatcher: AnyObject, Sendable {
    /// The batches of changed paths; the stream ends when the watcher stops.
    var batches: AsyncStream<Set<String>> { get }
    func stop()
}

enum Watchers {
    /// How long after the last event a batch is reported.
    static let settle = 0.06

    /// inotify on Linux; polling elsewhere, or when asked.
    static func make(root: URL, polling: Bool) -> any ChangeWatcher {
        #if os(Linux)
            if !polling, let watcher = InotifyWatcher(root: root) { return watcher }
        #endif
        return PollingWatcher(root: root)
    }
}
