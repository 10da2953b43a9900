import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import SiteGenCore

/// `sitegen serve`: builds the site into a folder of its own (never `public/`), serves it on
/// 127.0.0.1 by default, and rebuilds and reloads the browser when a source file changes.
public enum PreviewServer {
    public struct Options: Sendable {
        public var siteRoot: URL
        public var host: String
        /// 0 picks a free port.
        public var port: Int
        public var includeDrafts: Bool
        /// Put before paths in messages, so they are relative to the current folder.
        public var pathPrefix: String
        /// Poll for changes instead of using inotify.
        public var polling: Bool
        /// Put the live-reload script in pages.
        public var liveReload: Bool

        public init(
            siteRoot: URL, host: String = "127.0.0.1", port: Int = 8000, includeDrafts: Bool = true, pathPrefix: String = "",
            polling: Bool = false, liveReload: Bool = true
        ) {
            self.liveReload = liveReload
            self.siteRoot = siteRoot
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.pathPrefix = pathPrefix
            self.polling = polling
        }
    }

    /// What the server tells the person running it.
    public enum Event: Sendable {
        case built(IncrementalBuilder.Report)
        case rebuilt(IncrementalBuilder.Report, changed: Set<String>)
        case listening(url: String, folder: URL)
        /// Ctrl-C came before the first build was done: nothing was served.
        case stoppedBeforeServing
    }

    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }

    /// Runs until `Interruption.request()` (sitegen's handler for Ctrl-C and SIGTERM calls it),
    /// then stops cleanly and removes its folder.
    public static func run(_ options: Options, report: @escaping @Sendable (Event) -> Void) async throws {
        removeFoldersOfStoppedPreviews()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(folderPrefix)\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let address = HostCheck.bracketed(options.host)
        let port = try PortClaim.claim(host: options.host, port: options.port)
        // The site keeps its own base path, on the preview's origin: a site published under
        // /briefings/ is previewed there, with its feeds and sitemap.
        let session = PreviewSession(
            options: IncrementalBuilder.Options(
                siteRoot: options.siteRoot, output: folder, includeDrafts: options.includeDrafts,
                origin: "http://\(address):\(port)", liveReload: options.liveReload ? LiveReloadScript.tag : nil, onRequest: true),
            pathPrefix: options.pathPrefix)
        let first = await session.start()
        guard !Interruption.requested else { return report(.stoppedBeforeServing) }
        report(.built(first))
        let responder = PreviewResponder(files: SafePath(root: folder), hosts: HostCheck(host: options.host), session: session)
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .warning
        let watcher = Watchers.make(root: options.siteRoot, polling: options.polling)
        let service = WatchService(watcher: watcher, session: session) { rebuild, changed in report(.rebuilt(rebuild, changed: changed)) }
        let app = application(
            responder: responder, host: options.host, port: port, maxConnections: ConnectionLimit.raise(), logger: logger
        ) { channel in
            let port = channel.localAddress?.port ?? port
            let path = await session.basePath
            report(.listening(url: "http://\(address):\(port)\(path)", folder: folder))
        }
        // Services stop in reverse order: the watcher first, which also ends the browsers'
        // event streams, so that the server then has no request left open to wait for.
        let group = ServiceGroup(configuration: .init(services: [app, service], logger: logger))
        // Ctrl-C and SIGTERM are sitegen's own handlers' (`Interruption`): a stop asked for at
        // any moment, during the first build too, is seen here; a second one exits at once.
        let stopper = Task {
            while !Interruption.requested, !Task.isCancelled { try? await Task.sleep(for: .milliseconds(50)) }
            if Interruption.requested { await group.triggerGracefulShutdown() }
        }
        defer { stopper.cancel() }
        try await group.run()
    }

    private static let folderPrefix = "sitegen-serve-"

    /// Removes the folders of previews that were killed before they could clean up.
    private static func removeFoldersOfStoppedPreviews() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(folderPrefix) {
            guard let pid = pid_t(name.dropFirst(folderPrefix.count).prefix { $0 != "-" }), kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }
}
