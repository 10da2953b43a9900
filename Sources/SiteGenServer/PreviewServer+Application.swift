import Hummingbird
import Logging
import NIOCore

extension PreviewServer {
    /// How long a connection may go without sending a whole request head, or stay open between
    /// requests, before the server closes it. A client that sends a byte a second (or nothing)
    /// would otherwise hold its descriptor for as long as it likes. A response in progress, such
    /// as the live-reload event stream, is not cut short.
    static let idleTimeout: TimeAmount = .seconds(30)

    /// The HTTP/1.1 server of the preview, as `run` starts it; tests start the same one with a
    /// shorter idle timeout or fewer connections. `maxConnections`: see ``ConnectionLimit``. The
    /// listen queue holds a burst of a thousand new connections (capped by the system's somaxconn),
    /// and those past `maxConnections` wait there.
    static func application(
        responder: PreviewResponder, host: String, port: Int, idleTimeout: TimeAmount = idleTimeout, maxConnections: Int,
        logger: Logger, onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> Application<PreviewResponder> {
        Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: idleTimeout)),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: port), serverName: "sitegen", backlog: 1_024,
                availableConnectionsDelegate: .maximum(maxConnections, logger: logger)),
            onServerRunning: onServerRunning,
            logger: logger)
    }
}
