import Foundation
import ServiceLifecycle
import SiteGenCore

/// Rebuilds the preview after each batch of changes, until the server shuts down.
struct WatchService: Service {
    let watcher: any ChangeWatcher
    let session: PreviewSession
    let log: @Sendable (IncrementalBuilder.Report, Set<String>) -> Void

    func run() async throws {
        await withGracefulShutdownHandler {
            for await batch in watcher.batches {
                // Files sitegen does not read (an editor's temporary file, a note) change nothing.
                let relevant = batch.filter { SiteLayout.role(of: $0) != .other }
                guard !relevant.isEmpty else { continue }
                let report = await session.apply(relevant)
                log(report, relevant)
            }
        } onGracefulShutdown: {
            watcher.stop()
            Task { await session.broadcaster.finish() }
        }
    }
}
