import Foundation
import Logging
import NIOCore
import ServiceLifecycle

@testable import SiteGenServer

/// The fixture site's preview served in this process on 127.0.0.1 and a free port, by the same
/// application `sitegen serve` runs (with a shorter idle timeout when a test asks for one).
final class LiveServer: Sendable {
    let site: URL
    let output: URL
    let session: PreviewSession
    let port: Int
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    init(idleTimeout: TimeAmount = PreviewServer.idleTimeout, maxConnections: Int = ConnectionLimit.raise()) async throws {
        let fixture = try await ServedFixture()
        site = fixture.site
        output = fixture.output
        session = fixture.session
        var logger = Logger(label: "sitegen.serve.test")
        logger.logLevel = .critical
        let (ports, found) = AsyncStream<Int>.makeStream()
        let app = PreviewServer.application(
            responder: fixture.responder, host: "127.0.0.1", port: 0, idleTimeout: idleTimeout, maxConnections: maxConnections,
            logger: logger
        ) { channel in
            found.yield(channel.localAddress?.port ?? 0)
            found.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        self.group = group
        running = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        port = await iterator.next() ?? 0
        guard port > 0 else { throw CocoaError(.fileReadUnknown) }
    }

    /// Stops the server (cancelling it if connections keep it busy for 10 s) and removes the site.
    func stop() async {
        await session.broadcaster.finish()
        await group.triggerGracefulShutdown()
        let running = running
        let guardTask = Task {
            try await Task.sleep(for: .seconds(10))
            running.cancel()
        }
        _ = try? await running.value
        guardTask.cancel()
        try? FileManager.default.removeItem(at: site)
    }
}
