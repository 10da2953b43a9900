import ArgumentParser
import Foundation
import SiteGenCore
import SiteGenServer

/// `sitegen serve`: preview with live reload.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site, rebuilding and reloading the browser as you edit.",
        discussion: """
            Builds the site (drafts included) into a temporary folder of its own — never into \
            public/ — and serves it at http://127.0.0.1:8000/. Saving a file in content/, \
            templates/ or static/, or site.yml, rebuilds what the change touches and reloads open \
            pages. While the site has errors, every page shows them. Ctrl-C stops the server.

            Safe by default: it listens on 127.0.0.1 only, serves nothing outside its folder, \
            answers only requests addressed to localhost, 127.0.0.1, [::1] or the --host given, \
            and serves GET and HEAD only.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The address to listen on. Anything but 127.0.0.1 or localhost opens the preview to other machines.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
    var port = 8000

    @Flag(inversion: .prefixedNo, help: "Include briefings marked 'draft: true' (on by default in the preview).")
    var drafts = true

    @Flag(name: .long, help: "Look for changes by polling instead of inotify.")
    var poll = false

    @Flag(name: .customLong("no-live-reload"), help: "Rebuild on changes but leave the live-reload script out of pages.")
    var noLiveReload = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535, not \(port)") }
    }

    func run() async throws {
        try siteOptions.requireSite()
        let console = Console(pathPrefix: siteOptions.displayPrefix)
        if !PreviewServer.isLoopback(host) {
            console.warning(
                "--host \(host) makes the preview reachable from other machines: it has no password and shows drafts. Browsers must address it as \(host)."
            )
        }
        let options = PreviewServer.Options(
            siteRoot: siteOptions.siteURL, host: host, port: port, includeDrafts: drafts, pathPrefix: siteOptions.displayPrefix,
            polling: poll, liveReload: !noLiveReload)
        do {
            try await PreviewServer.run(options) { event in console.show(event) }
        } catch let taken as PortClaim.Taken {
            console.error(taken.description)
            throw ExitCode(1)
        } catch {
            console.error("cannot serve on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
    }
}

extension Console {
    /// One line per event: the first build, each rebuild, where the preview listens.
    func show(_ event: PreviewServer.Event) {
        switch event {
        case .built(let report):
            print(report.diagnostics)
            let result =
                report.succeeded
                ? "built \(report.pagesRendered) pages"
                : "the site has \(Self.count(report.errors.count, "error")): pages show them until they are mended"
            say("\(Self.clock()) \(result) in \(Self.milliseconds(report.duration))")
        case .rebuilt(let report, let changed):
            print(report.diagnostics)
            let what = changed.count == 1 ? changed.first! : "\(changed.count) files"
            let result =
                report.succeeded
                ? "rebuilt \(Self.count(report.pagesRendered, "page")), wrote \(Self.count(report.filesWritten, "file"))\(report.full ? " (full rebuild)" : "")"
                : "\(Self.count(report.errors.count, "error")); the browser shows them"
            say("\(Self.clock()) \(pathPrefix)\(what) changed: \(result) in \(Self.milliseconds(report.duration))")
        case .listening(let url, _):
            say("Serving at \(url) — press Ctrl-C to stop")
        case .stoppedBeforeServing:
            say("\(Self.clock()) stopped before the first build was done")
        }
    }

    /// A line on standard output, written at once (not buffered), so it shows while serving.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func milliseconds(_ seconds: Double) -> String { "\(Int((seconds * 1000).rounded())) ms" }

    static func clock() -> String {
        let seconds = Int(Date().timeIntervalSince1970) % 86400
        return String(format: "[%02d:%02d:%02d]", seconds / 3600, (seconds / 60) % 60, seconds % 60)
    }
}
