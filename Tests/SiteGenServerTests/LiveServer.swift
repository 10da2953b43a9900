import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization
import Testing

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
        // Finished also when the server fails to start, so that waiting for its port ends.
        running = Task {
            defer { found.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        port = await iterator.next() ?? 0
        guard port > 0 else { throw CocoaError(.fileReadUnknown) }
    }

    /// Stops the server (cancelling it if connections keep it busy for 10 s) and removes the site;
    /// a server that has not stopped 10 s later still is a failed test, not a hung one.
    func stop() async {
        await session.broadcaster.finish()
        await group.triggerGracefulShutdown()
        if !(await Self.ends(running, within: .seconds(10))) {
            running.cancel()
            if !(await Self.ends(running, within: .seconds(10))) { Issue.record("the server did not stop") }
        }
        try? FileManager.default.removeItem(at: site)
    }

    /// Whether `task` ends within `time`; does not wait for it longer.
    private static func ends(_ task: Task<Void, any Error>, within time: Duration) async -> Bool {
        await withCheckedContinuation { continuation in
            let answer = FirstAnswer(continuation)
            Task {
                _ = try? await task.value; answer.give(true)
            }
            Task {
                try? await Task.sleep(for: time); answer.give(false)
            }
        }
    }
}

/// Resumes a continuation with the first answer given, and ignores the others.
private final class FirstAnswer: Sendable {
    private let continuation: Mutex<CheckedContinuation<Bool, Never>?>

    init(_ continuation: CheckedContinuation<Bool, Never>) { self.continuation = Mutex(continuation) }

    func give(_ answer: Bool) {
        continuation.withLock {
            $0?.resume(returning: answer)
            $0 = nil
        }
    }
}
