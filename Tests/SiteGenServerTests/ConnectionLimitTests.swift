import Foundation
import Testing

@testable import SiteGenServer

#if canImport(Glibc)
    import Glibc
#endif

/// The server holds no more connections than its descriptors allow; the rest wait their turn.
@Suite(.serialized) struct ConnectionLimitTests {
    @Test func theLimitLeavesAReserveOfDescriptors() {
        #expect(ConnectionLimit.connections(underLimit: 1_024) == 1_024 - ConnectionLimit.reserve)
        #expect(ConnectionLimit.connections(underLimit: 100) == 16)
        let allowed = ConnectionLimit.raise()
        var limit = rlimit()
        #expect(getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0)
        #expect(limit.rlim_cur >= min(limit.rlim_max, rlim_t(ConnectionLimit.wanted)), "the soft limit was raised")
        #expect(allowed == ConnectionLimit.connections(underLimit: Int(clamping: limit.rlim_cur)))
    }

    @Test func connectionsPastTheLimitWaitAndAreServedLater() async throws {
        let server = try await LiveServer(idleTimeout: .seconds(2), maxConnections: 20)
        let port = server.port
        let (most, answer) = try await blocking {
            // Silent clients: the first 20 are accepted, the other 10 wait in the listen queue.
            let silent = try (0..<30).map { _ in try HTTPProbe.connect(port: port) }
            defer { silent.forEach { close($0) } }
            var most = 0
            for _ in 0..<15 {
                most = max(most, Descriptors.sockets(onLocalPort: port) - 1)
                Thread.sleep(forTimeInterval: 0.1)
            }
            // Served once the idle timeout has closed the first ones.
            return (most, try HTTPProbe.get(port: port, path: "/"))
        }
        #expect(most >= 20 && most <= 24, "the server held \(most) connections at once")
        #expect(answer.status == 200 && answer.body.contains("<title>Fixture Briefings</title>"))
        let settled = try await blocking { Descriptors.wait(timeout: 10) { Descriptors.sockets(onLocalPort: port) == 1 } }
        #expect(settled, "the server still holds \(Descriptors.sockets(onLocalPort: port) - 1) connections")
        await server.stop()
    }
}
