import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A few hundred connections open at once against a server in this process, some finishing
/// their request, some not, some leaving before the answer: afterwards the server still answers
/// and holds no more descriptors than before.
@Suite(.serialized) struct ConnectionLeakTests {
    static let connections = 300
    /// Other tests run meanwhile in this process and open files of their own.
    static let slack = 32

    @Test func descriptorsComeBackAfterHundredsOfConnections() async throws {
        let server = try await LiveServer()
        let port = server.port
        let before = (total: Descriptors.count(), server: Descriptors.sockets(onLocalPort: port))
        #expect(before.server == 1, "the listening socket")
        let held = try await blocking { try Self.openAndClose(port: port) }
        #expect(held >= Self.connections, "the server held only \(held) connections at once")
        let answer = try await blocking { try HTTPProbe.get(port: port, path: "/") }
        #expect(answer.status == 200 && answer.body.contains("<title>Fixture Briefings</title>"), "the server still answers")
        let settled = try await blocking {
            Descriptors.wait(timeout: 10) {
                Descriptors.sockets(onLocalPort: port) == before.server && Descriptors.count() <= before.total + Self.slack
            }
        }
        #expect(
            settled,
            "descriptors: \(Descriptors.count()) (before: \(before.total)), the server's sockets: \(Descriptors.sockets(onLocalPort: port))"
        )
        await server.stop()
    }

    /// Opens every connection, waits until the server holds them all, then on each: a whole
    /// request read to the end; a whole request and gone without reading; half a request; nothing.
    /// Returns how many connections the server held at once.
    static func openAndClose(port: Int) throws -> Int {
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        for _ in 0..<connections { sockets.append(try HTTPProbe.connect(port: port)) }
        var held = 0
        // Generous: other tests may keep both cores busy meanwhile.
        _ = Descriptors.wait(timeout: 60) {
            held = Descriptors.sockets(onLocalPort: port) - 1
            return held >= connections
        }
        let request = "GET /assets/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        for (index, socket) in sockets.enumerated() {
            switch index % 4 {
            case 0, 1: try HTTPProbe.send(socket, request)
            case 2: try HTTPProbe.send(socket, String(request.prefix(20)))
            default: break
            }
        }
        for (index, socket) in sockets.enumerated() where index % 4 == 0 {
            let reply = HTTPProbe.read(socket, until: { _ in false }, timeout: 10)
            guard reply.hasPrefix("HTTP/1.1 200 OK") else { throw CocoaError(.fileReadCorruptFile) }
        }
        return held
    }
}
