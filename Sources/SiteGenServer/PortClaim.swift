import NIOCore
import NIOPosix

/// The port the preview will listen on, found before the first build: the site is built with
/// its address (feeds and the sitemap need an absolute URL), so a free port asked for with
/// `--port 0` must be known first, and a taken one is better reported before a long build than
/// after it. The port is bound and let go at once; the server binds it again moments later, as
/// Hugo's server does.
public enum PortClaim {
    /// Why the preview cannot have its port.
    public struct Taken: Error, CustomStringConvertible {
        public let host: String
        public let port: Int
        public var description: String {
            "port \(port) on \(host) is taken by another program: stop it, or choose another port (--port 0 picks a free one)"
        }
    }

    /// The port to listen on: `port` itself, or a free one for 0. Throws ``Taken`` when another
    /// program holds it, and the system's error for anything else (an unknown host, say).
    static func claim(host: String, port: Int) throws -> Int {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
        let channel: any Channel
        do {
            channel = try bootstrap.bind(host: host, port: port).wait()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Taken(host: host, port: port)
        }
        defer { try? channel.close().wait() }
        return channel.localAddress?.port ?? port
    }
}
