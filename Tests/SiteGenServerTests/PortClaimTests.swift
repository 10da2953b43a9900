import NIOCore
import NIOPosix
import Testing

@testable import SiteGenServer

/// The preview's port, claimed before the first build.
@Suite struct PortClaimTests {
    @Test func zeroGivesAFreePortThatCanThenBeBound() throws {
        let port = try PortClaim.claim(host: "127.0.0.1", port: 0)
        #expect(port > 0)
        #expect(try PortClaim.claim(host: "127.0.0.1", port: port) == port, "the claim lets the port go again")
    }

    @Test func aTakenPortIsSaidToBeTakenWithTheWayOut() throws {
        let holder = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).wait()
        defer { try? holder.close().wait() }
        let port = try #require(holder.localAddress?.port)
        let error = try #require(throws: PortClaim.Taken.self) { try PortClaim.claim(host: "127.0.0.1", port: port) }
        #expect(
            error.description
                == "port \(port) on 127.0.0.1 is taken by another program: stop it, or choose another port (--port 0 picks a free one)")
    }
}
