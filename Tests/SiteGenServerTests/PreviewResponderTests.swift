import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SiteGenServer

/// The preview's answers, driven in process through Hummingbird's router test framework.
@Suite struct PreviewResponderTests {
    @Test func servesPagesFilesAndFolders() async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).contains("<title>Fixture Briefings</title>"))
                #expect(String(buffer: response.body).contains(LiveReloadScript.tag))
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
            try await client.execute(uri: "/assets/style.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            }
            try await client.execute(uri: "/xref.json", method: .get) { response in
                #expect(response.headers[.contentType] == "application/json")
            }
            try await client.execute(uri: "/briefings/first-look", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/briefings/first-look/")
            }
            try await client.execute(uri: "/briefings/first-look/?x=1", method: .get) { response in
                #expect(response.status == .ok)
            }

            try await client.execute(uri: "/_sitegen/live.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(String(buffer: response.body).contains("EventSource"))
            }
        }
    }

    /// As `sitegen serve` runs, the pages of the lists wait for their first request; the second
    /// page of a theme's list has no folder before it, so asked for without its slash it is
    /// rendered first, and the redirect to its folder finds it.
    @Test func aListsPageIsRenderedWhenAskedFor() async throws {
        let served = try await ServedFixture(onRequest: true, paginate: 1)
        defer { served.remove() }
        let page = served.output.appendingPathComponent("themes/guarantees/page/2")
        #expect(!FileManager.default.fileExists(atPath: page.path))
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/themes/guarantees/page/2", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/themes/guarantees/page/2/")
            }
            try await client.execute(uri: "/themes/guarantees/page/2/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("Page 2 of"))
            }
        }
    }

    /// A site published under /ukraine/ is previewed there, with the files that need an absolute
    /// URL (feeds, sitemap) made for the preview's own address; the root leads to it.
    @Test func aSiteUnderASubPathIsServedAtItsPath() async throws {
        let served = try await ServedFixture(origin: "http://127.0.0.1:8123")
        defer { served.remove() }
        try await served.app.test(.router) { client in
            for path in ["/", "/ukraine"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .found, "\(path)")
                    #expect(response.headers[.location] == "/ukraine/")
                }
            }
            try await client.execute(uri: "/ukraine/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("href=\"/ukraine/assets/style.css\""))
            }
            for file in ["feed.xml", "sitemap.xml", "updates/feed.xml"] {
                try await client.execute(uri: "/ukraine/" + file, method: .get) { response in
                    #expect(response.status == .ok, "\(file)")
                    #expect(String(buffer: response.body).contains("http://127.0.0.1:8123/ukraine/briefings/first-look/"), "\(file)")
                }
            }
            try await client.execute(uri: "/ukraine/briefings/first-look", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/ukraine/briefings/first-look/")
            }
            for path in ["/feed.xml", "/briefings/first-look/", "/ukrainex/"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path) is outside the site's path")
                }
            }
        }
    }

    /// A base path that is not ASCII is matched as browsers send it, percent-encoded.
    @Test func aBasePathIsMatchedPercentEncoded() async throws {
        let served = try await ServedFixture(origin: "http://127.0.0.1:8123", baseURL: "/україна/")
        defer { served.remove() }
        let mount = try #require("/україна/".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed))
        #expect(mount == "/%D1%83%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0/")
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == mount)
            }
            try await client.execute(uri: mount + "briefings/first-look/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("A first look"))
            }
            try await client.execute(uri: mount + "feed.xml", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    /// HEAD on the live-reload stream answers with its head, not an endless body.
    @Test func headOnTheEventStreamEnds() async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        try await served.app.test(.router) { client in
            try await client.execute(uri: LiveReloadScript.eventsPath, method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream")
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test func headAndConditionalRequests() async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        try await served.app.test(.router) { client in
            let tag = try await client.execute(uri: "/assets/style.css", method: .get) { response in
                #expect(response.headers[.eTag] != nil)
                return response.headers[.eTag] ?? ""
            }
            try await client.execute(uri: "/assets/style.css", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(Int(response.headers[.contentLength] ?? "") ?? 0 > 1000)
                #expect(response.headers[.eTag] == tag)
            }
            try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"other\""]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func notFoundUsesTheSitesPageWhenThereIsOne() async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/no/such/page/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("<h1>Page not found</h1>"), "the site's 404 page, from its template")
            }
        }
        try FileManager.default.removeItem(at: served.output.appendingPathComponent("404.html"))
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/no/such/page/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("<h1>Not found</h1>"), "a plain page when the site has none")
            }
        }
        try Data("<p>the site's own 404</p>".utf8).write(to: served.output.appendingPathComponent("404.html"))
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/missing.png", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body) == "<p>the site's own 404</p>")
            }
        }
    }

    @Test func noDirectoryListingAndOnlyGetAndHead() async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        try FileManager.default.createDirectory(at: served.output.appendingPathComponent("bare"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: served.output.appendingPathComponent("bare/file.txt"))
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/bare/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!String(buffer: response.body).contains("file.txt"))
            }
            for method in [HTTPRequest.Method.post, .put, .delete, .options, .patch] {
                try await client.execute(uri: "/", method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD")
                }
            }
        }
    }

    @Test(arguments: [
        "/../../../etc/passwd", "/briefings/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/secret.txt",
        "/..%2f..%2fetc/passwd", "/..%5c..%5cetc/passwd", "/%252e%252e/secret.txt", "/index.html%00.css", "/a\u{0}b", "/./index.html",
        "/%", "/%zz",
    ])
    func traversalNeverServesAByteFromOutside(_ path: String) async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        try Data("SECRET".utf8).write(to: served.site.appendingPathComponent("secret.txt"))
        try await served.app.test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .badRequest || response.status == .notFound, "\(path) → \(response.status)")
                #expect(!String(buffer: response.body).contains("SECRET"))
                #expect(!String(buffer: response.body).contains("root:"))
            }
        }
    }

    @Test func symbolicLinksAndSiblingFoldersStayOutside() async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        // A sibling whose name starts like the served folder's, and links that lead out.
        let sibling = URL(fileURLWithPath: served.output.path + "-other")
        try FileManager.default.createDirectory(at: sibling, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: sibling) }
        try Data("SIBLING".utf8).write(to: sibling.appendingPathComponent("leak.txt"))
        try FileManager.default.createSymbolicLink(
            at: served.output.appendingPathComponent("link.txt"), withDestinationURL: sibling.appendingPathComponent("leak.txt"))
        try FileManager.default.createSymbolicLink(at: served.output.appendingPathComponent("linked"), withDestinationURL: sibling)
        try await served.app.test(.router) { client in
            for path in ["/link.txt", "/linked/leak.txt", "/../.preview-other/leak.txt"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound || response.status == .badRequest, "\(path)")
                    #expect(!String(buffer: response.body).contains("SIBLING"))
                }
            }
        }
    }

    // Results of `await` are taken into constants before `#expect`: with Swift 6.3.1 in debug
    // builds, `#expect(await session.apply(…).succeeded)` destroyed the result twice and crashed.
    @Test func pagesShowTheErrorsWhileTheSiteDoesNotBuild() async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        let briefing = served.site.appendingPathComponent("content/briefings/second-take.md")
        let original = try String(contentsOf: briefing, encoding: .utf8)
        try original.replacingOccurrences(of: "themes: [next-steps]", with: "themes: [\"<b>next</b>\"]").write(
            to: briefing, atomically: true, encoding: .utf8)
        let report = await served.session.apply(["content/briefings/second-take.md"])
        #expect(!report.succeeded)
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/briefings/second-take/", method: .get) { response in
                #expect(response.status == .internalServerError)
                let page = String(buffer: response.body)
                #expect(page.contains("content/briefings/second-take.md:5:10: error: unknown theme &#39;&lt;b&gt;next&lt;/b&gt;&#39;"))
                #expect(!page.contains("<b>next"))
                #expect(page.contains(LiveReloadScript.tag))
            }
            try await client.execute(uri: "/assets/style.css", method: .get) { response in
                #expect(response.status == .ok, "files other than pages are still served")
            }
        }
        try original.write(to: briefing, atomically: true, encoding: .utf8)
        let mended = await served.session.apply(["content/briefings/second-take.md"])
        #expect(mended.succeeded)
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/briefings/second-take/", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func theEventsEndpointStreamsReloads() async throws {
        let served = try await ServedFixture()
        defer { served.remove() }
        let stream = await served.session.broadcaster.subscribe()
        var iterator = stream.makeAsyncIterator()
        #expect(String(buffer: await iterator.next() ?? ByteBuffer()) == ": sitegen live reload\n\n")
        let briefing = served.site.appendingPathComponent("content/briefings/second-take.md")
        try (try String(contentsOf: briefing, encoding: .utf8) + "\nNew line.\n").write(to: briefing, atomically: true, encoding: .utf8)
        _ = await served.session.apply(["content/briefings/second-take.md"])
        #expect(String(buffer: await iterator.next() ?? ByteBuffer()) == "data: reload\n\n")
        await served.session.broadcaster.finish()
        let last = await iterator.next()
        #expect(last == nil)
    }
}

@Suite struct HostCheckTests {
    @Test func loopbackNamesAndTheGivenHostOnly() {
        let check = HostCheck(host: "127.0.0.1")
        for host in ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"] { #expect(check.allows(host), "\(host)") }
        for host in ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil.example", "", "[::2]:8000"] {
            #expect(!check.allows(host), "\(host)")
        }
        #expect(!check.allows(nil))
        let lan = HostCheck(host: "192.168.1.5")
        #expect(lan.allows("192.168.1.5:8000"))
        #expect(HostCheck(host: "::1").allows("[::1]:9000"))
    }

    @Test func pagesAndFiles() {
        #expect(PreviewResponder.isPage("/"))
        #expect(PreviewResponder.isPage("/briefings/x/"))
        #expect(PreviewResponder.isPage("/briefings/x"))
        #expect(PreviewResponder.isPage("/index.html"))
        #expect(!PreviewResponder.isPage("/assets/style.css"))
    }
}
