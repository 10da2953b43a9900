import Hummingbird

/// The Content-Type of a served file, by its extension.
enum ContentTypes {
    private static let known: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml", "txt": "text/plain; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "avif": "image/avif",
        "ico": "image/x-icon", "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf", "pdf": "application/pdf",
        "atom": "application/atom+xml", "rss": "application/rss+xml", "webmanifest": "application/manifest+json", "map": "application/json",
    ]

    static func forPath(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if let type = known[ext] { return type }
        return MediaType.getMediaType(forExtension: ext)?.description ?? "application/octet-stream"
    }
}
