import Foundation
import Hummingbird

@testable import SiteGenCore
@testable import SiteGenServer

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A copy of the fixture site in a temporary folder (it uses the built-in theme).
func makeFixtureSite() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-server-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/basic-site")
    for entry in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
        try FileManager.default.copyItem(at: fixture.appendingPathComponent(entry), to: root.appendingPathComponent(entry))
    }
    return root
}

/// A preview of the fixture site, built, with the application that serves it in process.
struct ServedFixture {
    let site: URL
    let output: URL
    let session: PreviewSession
    let responder: PreviewResponder
    let app: Application<PreviewResponder>

    /// With an `origin`, the site is served at its own base path (the fixture's is /ukraine/), as
    /// `sitegen serve` does; without, at the root.
    /// `onRequest` and `paginate` as `sitegen serve` and a site may set them.
    init(
        host: String = "127.0.0.1", origin: String? = nil, baseURL: String? = nil, onRequest: Bool = false, paginate: Int? = nil
    ) async throws {
        site = try makeFixtureSite()
        if let paginate {
            let config = site.appendingPathComponent("site.yml")
            try (String(contentsOf: config, encoding: .utf8) + "\npaginate: \(paginate)\n").write(
                to: config, atomically: true, encoding: .utf8)
        }
        if let baseURL {
            let config = site.appendingPathComponent("site.yml")
            let text = try String(contentsOf: config, encoding: .utf8)
            try text.replacingOccurrences(of: "base_url: https://example.org/ukraine/", with: "base_url: \(baseURL)")
                .write(to: config, atomically: true, encoding: .utf8)
        }
        output = site.appendingPathComponent(".preview")
        session = PreviewSession(
            options: .init(
                siteRoot: site, output: output, includeDrafts: true, baseURL: origin == nil ? "/" : nil, origin: origin,
                liveReload: LiveReloadScript.tag, onRequest: onRequest),
            pathPrefix: "")
        let report = await session.start()
        precondition(report.succeeded, "the fixture site must build: \(report.diagnostics)")
        responder = PreviewResponder(files: SafePath(root: output), hosts: HostCheck(host: host), session: session)
        app = Application(responder: responder)
    }

    func remove() {
        try? FileManager.default.removeItem(at: site)
    }
}
