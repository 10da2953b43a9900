import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenServer

/// Where wrk is installed, if it is.
private let wrk: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/wrk" }
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// `wrk` with 1,000 concurrent connections against a server in this process, then: the server
/// still answers, and the descriptors it took are given back. Run by `make load` (which installs
/// wrk when it is missing); skipped unless SITEGEN_LOAD is set.
@Suite(
    .serialized, .enabled(if: ProcessInfo.processInfo.environment["SITEGEN_LOAD"] != nil, "set SITEGEN_LOAD=1, or run `make load`"),
    .enabled(if: wrk != nil, "wrk is not installed: `make load` installs it (apt-get install wrk, brew install wrk)"))
struct LoadTests {
    static let connections = 1_000

    @Test func aThousandConnectionsFromWrk() async throws {
        // Raises this process's soft limit on open files, which wrk inherits, as `sitegen serve` does.
        let allowed = ConnectionLimit.raise()
        let server = try await LiveServer(maxConnections: allowed)
        let port = server.port
        let before = (total: Descriptors.count(), server: Descriptors.sockets(onLocalPort: port))
        let (status, output, peak) = try await blocking { try Self.runWrk(port: port) }
        print(output)
        // Not asserted: how many are taken at once depends on what else runs on the machine.
        print("the server held at most \(peak) of wrk's \(Self.connections) connections at once")
        #expect(status == 0, "wrk failed: \(output)")
        #expect(output.contains("requests in") && peak > 0)
        #expect(!output.contains("Non-2xx or 3xx responses"), "some answers were errors")
        let answer = try await blocking { try HTTPProbe.get(port: port, path: "/") }
        #expect(answer.status == 200 && answer.body.contains("<title>Fixture Briefings</title>"), "the server still answers")
        let settled = try await blocking {
            Descriptors.wait(timeout: 20) {
                Descriptors.sockets(onLocalPort: port) == before.server && Descriptors.count() <= before.total + 32
            }
        }
        #expect(
            settled,
            "descriptors: \(Descriptors.count()) (before: \(before.total)), the server's: \(Descriptors.sockets(onLocalPort: port))")
        await server.stop()
    }

    /// Runs wrk for 5 s; returns its exit status, its report, and the most connections the server
    /// was seen holding at once.
    static func runWrk(port: Int) throws -> (Int32, String, Int) {
        let process = try ChildProcess(
            try #require(wrk), ["-t2", "-c\(connections)", "-d5s", "--timeout", "10s", "http://127.0.0.1:\(port)/"])
        var peak = 0
        let deadline = Date().addingTimeInterval(60)
        while process.wait(timeout: 0) == nil, Date() < deadline {
            peak = max(peak, Descriptors.sockets(onLocalPort: port) - 1)
            Thread.sleep(forTimeInterval: 0.25)
        }
        if process.wait(timeout: 0) == nil { process.signal(SIGKILL) }
        let status = process.wait(timeout: 10)
        let (output, errors) = process.output
        return (status?.code ?? -1, output + errors, peak)
    }
}
