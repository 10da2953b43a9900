import Foundation
import Testing

@testable import SiteGenServer

/// Clients that send their request a byte a second, or nothing at all, against a server on
/// 127.0.0.1: others are served meanwhile, and the idle timeout closes such connections.
@Suite(.serialized) struct SlowClientTests {
    static let request = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: one byte a second\r\n\r\n".utf8)

    /// Runs `count` slow clients side by side, each on a thread of its own.
    static func slowClients(
        _ count: Int, port: Int, _ request: [UInt8], interval: Double = 1, duration: Double
    ) -> Task<
        [SlowClient.Outcome], any Error
    > {
        Task {
            try await withThrowingTaskGroup(of: SlowClient.Outcome.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        try await blocking { try SlowClient.trickle(port: port, request, interval: interval, duration: duration) }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
    }

    @Test func clientsSendingAByteASecondDoNotHoldUpOthers() async throws {
        let server = try await LiveServer()
        let port = server.port
        let slow = Self.slowClients(8, port: port, Self.request, duration: 6)
        try await Task.sleep(for: .seconds(1))
        let answers = try await blocking { try (0..<20).map { _ in try HTTPProbe.get(port: port, path: "/") } }
        for answer in answers {
            #expect(answer.status == 200)
            #expect(answer.body.contains("<title>Fixture Briefings</title>") && answer.body.hasSuffix("</html>\n"), "a whole page")
        }
        for outcome in try await slow.value {
            #expect(!outcome.closedByServer, "closed before the default idle timeout")
            #expect(outcome.reply.isEmpty, "an unfinished request was answered")
        }
        await server.stop()
    }

    @Test func slowSilentAndIdleConnectionsAreClosedAfterTheIdleTimeout() async throws {
        let server = try await LiveServer(idleTimeout: .seconds(2))
        let port = server.port
        let slow = Self.slowClients(4, port: port, Self.request, duration: 12)
        let silent = Self.slowClients(4, port: port, [], duration: 12)
        let keepAlive = Self.slowClients(1, port: port, Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8), interval: 0, duration: 12)
        try await Task.sleep(for: .seconds(0.5))
        let answer = try await blocking { try HTTPProbe.get(port: port, path: "/") }
        #expect(answer.status == 200, "served while the slow clients are connected")
        for outcome in try await slow.value {
            #expect(outcome.closedByServer, "a client sending a byte a second was never closed")
            #expect(outcome.bytesSent < Self.request.count, "closed only after its whole request")
            #expect(!outcome.reply.contains("200 OK"))
        }
        for outcome in try await silent.value { #expect(outcome.closedByServer, "a silent client was never closed") }
        for outcome in try await keepAlive.value {
            let (answered, closed) = (outcome.reply.hasPrefix("HTTP/1.1 200 OK"), outcome.closedByServer)
            #expect(answered, "answered first")
            #expect(closed, "an idle keep-alive connection was never closed")
        }
        await server.stop()
    }

    @Test func theLiveReloadStreamOutlivesTheIdleTimeout() async throws {
        let server = try await LiveServer(idleTimeout: .seconds(1))
        let port = server.port
        let session = server.session
        let reloaded = try await blocking {
            try HTTPProbe.waitForEvent(port: port, "reload", timeout: 10) {
                Thread.sleep(forTimeInterval: 3)
                Task { await session.broadcaster.reload() }
            }
        }
        #expect(reloaded, "the event stream was closed while idle")
        await server.stop()
    }
}
