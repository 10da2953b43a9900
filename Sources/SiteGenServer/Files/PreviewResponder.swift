import Foundation
import HTTPTypes
import Hummingbird
import SiteGenCore

/// Answers every request of the preview: the built files (safely), the live-reload endpoints,
/// and the error page while the site does not build.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let files: SafePath
    let hosts: HostCheck
    let session: PreviewSession

    func respond(to request: Request, context: Context) async throws -> Response {
        // The first Host field is the authority; another one makes the request ambiguous (RFC 9112 §3.2).
        guard request.headers[values: Self.host].isEmpty else { return Self.text(.badRequest, "More than one Host header.\n") }
        guard hosts.allows(request.head.authority) else {
            return Self.text(.forbidden, "This preview answers only to localhost, 127.0.0.1, [::1] and the --host it was given.\n")
        }
        guard request.method == .get || request.method == .head else {
            var response = Self.text(.methodNotAllowed, "The preview serves GET and HEAD requests only.\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let isHead = request.method == .head
        switch request.uri.path {
        case LiveReloadScript.eventsPath:
            // HEAD: the head alone, not a stream that never ends.
            if isHead { return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"]) }
            let events = await session.broadcaster.subscribe()
            return Response(
                status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: ResponseBody(asyncSequence: events))
        case LiveReloadScript.scriptPath:
            return Self.bytes(Array(LiveReloadScript.source.utf8), type: "text/javascript; charset=utf-8", head: isHead)
        default:
            break
        }
        // The site is served at its base path, as it will be published: below it, the request
        // path names a file; the root leads there. Request paths come percent-encoded, as the
        // base path is compared (`/briefings%20fr/`, `/%D1%83%D0%BA/`).
        let mount = Self.encoded(await session.basePath)
        let path = request.uri.path
        guard path.hasPrefix(mount) else {
            if path == "/" || path + "/" == mount { return Response(status: .found, headers: [.location: mount]) }
            return notFound(head: isHead)
        }
        let inside = String(path.dropFirst(mount.count))
        await session.refresh(requestPath: inside)
        let errors = await session.errors
        if !errors.isEmpty, Self.isPage(path) {
            let page = ErrorPage.html(errors, pathPrefix: session.pathPrefix)
            return Self.bytes(Array(page.utf8), status: .internalServerError, type: "text/html; charset=utf-8", head: isHead)
        }
        switch files.resolve("/" + inside) {
        case .file(let url):
            return try serve(url, request: request, head: isHead)
        case .folder:
            return Response(status: .movedPermanently, headers: [.location: path + "/"])
        case .notFound:
            return notFound(head: isHead)
        case .badRequest:
            return Self.text(.badRequest, "Bad request path.\n")
        }
    }

    private func serve(_ url: URL, request: Request, head: Bool) throws -> Response {
        guard let data = FileManager.default.contents(atPath: url.path) else { return notFound(head: head) }
        let bytes = [UInt8](data)
        let tag = "\"\(bytes.count)-\(String(Self.digest(bytes), radix: 16))\""
        if let match = request.headers[.ifNoneMatch],
            match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag })
        {
            return Response(status: .notModified, headers: [.eTag: tag, .cacheControl: "no-cache"])
        }
        var response = Self.bytes(bytes, type: ContentTypes.forPath(url.path), head: head)
        response.headers[.eTag] = tag
        return response
    }

    private func notFound(head: Bool) -> Response {
        let custom = files.root.appendingPathComponent("404.html")
        let page =
            FileManager.default.contents(atPath: custom.path).map { [UInt8]($0) }
            ?? Array(
                "<!doctype html>\n<html lang=\"en\"><title>Not found</title><h1>Not found</h1><p>No page at this address.</p></html>\n".utf8
            )
        return Self.bytes(page, status: .notFound, type: "text/html; charset=utf-8", head: head)
    }

    /// A path as a request writes it: percent-encoded where a URL's path must be.
    static func encoded(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// Whether a path asks for a page (a folder or an HTML file), which the error page replaces.
    static func isPage(_ path: String) -> Bool {
        path.hasSuffix("/") || path.hasSuffix(".html") || !(path.split(separator: "/").last ?? "").contains(".")
    }

    /// Named here because HTTPTypes hides its own name for Host, which it takes as the authority.
    private static let host = HTTPField.Name("Host")!

    static func bytes(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, type: String, head: Bool) -> Response {
        let headers: HTTPFields = [.contentType: type, .contentLength: String(bytes.count), .cacheControl: "no-cache"]
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        bytes(Array(message.utf8), status: status, type: "text/plain; charset=utf-8", head: false)
    }

    /// FNV-1a: a fast, stable digest for ETags.
    static func digest(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
