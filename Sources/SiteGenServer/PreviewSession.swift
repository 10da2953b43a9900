import Foundation
import SiteGenCore

/// The state of a preview: the incremental builder, the problems of the last build (shown
/// instead of pages until they are mended), and the browsers to tell when something changed.
actor PreviewSession {
    private let builder: IncrementalBuilder
    let broadcaster = ReloadBroadcaster()
    /// The errors of the last build; empty when the output is up to date.
    private(set) var errors: [Diagnostic] = []
    /// Paths in messages start with this, to be relative to the current folder.
    let pathPrefix: String

    init(options: IncrementalBuilder.Options, pathPrefix: String) {
        builder = IncrementalBuilder(options: options)
        self.pathPrefix = pathPrefix
    }

    var output: URL { builder.options.output }

    /// Where the site is served: the path of its base URL (`/`, or `/briefings/`).
    var basePath: String { builder.basePath }

    /// The first, full build.
    func start() -> IncrementalBuilder.Report {
        record(builder.build())
    }

    /// A rebuild after these files changed; browsers reload when pages changed or problems came
    /// or went.
    func apply(_ paths: Set<String>) async -> IncrementalBuilder.Report {
        let hadErrors = !errors.isEmpty
        let report = record(builder.rebuild(changed: paths))
        if report.filesWritten + report.filesRemoved + report.pagesLeftForRequest > 0 || hadErrors || !report.succeeded {
            await broadcaster.reload()
        }
        return report
    }

    /// Brings a file the preview renders on request (the book, the data files) up to date
    /// before it is served; `path` is the request's path below `basePath`, percent-encoded.
    func refresh(requestPath path: String) {
        var file = path.removingPercentEncoding ?? path
        if file.isEmpty || file.hasSuffix("/") { file += "index.html" }
        // A page's folder asked for without its slash: the page, so that the redirect to the
        // folder finds it (a list's new page has no folder until it is rendered).
        if !builder.refresh(file), !file.hasSuffix("index.html") { builder.refresh(file + "/index.html") }
    }

    private func record(_ report: IncrementalBuilder.Report) -> IncrementalBuilder.Report {
        errors = report.succeeded ? [] : report.errors
        return report
    }
}
