import Foundation

/// Turns a request path into a file inside the served folder, or refuses it.
///
/// The path is percent-decoded once (so `%252e` stays the literal name `%2e`), and refused when it
/// holds a NUL byte, a backslash, a `.` or `..` segment, or invalid escapes. The file is then
/// resolved with every symbolic link followed and must still lie inside the folder (compared
/// with a trailing `/`, so `/srv/site-other` is not inside `/srv/site`).
struct SafePath {
    enum Outcome: Equatable {
        /// A file to serve.
        case file(URL)
        /// A folder asked for without its trailing `/`: redirect there.
        case folder(redirect: String)
        case notFound
        /// A path no browser sends: an attempt to leave the folder, or garbage.
        case badRequest
    }

    let root: URL

    init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    func resolve(_ rawPath: String) -> Outcome {
        guard rawPath.hasPrefix("/"), !rawPath.contains("\0") else { return .badRequest }
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else {
            return .badRequest
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.allSatisfy({ $0 != "." && $0 != ".." }) else { return .badRequest }
        var url = root
        for segment in segments { url.appendPathComponent(String(segment)) }
        let resolved = url.resolvingSymlinksInPath()
        guard resolved.path == root.path || resolved.path.hasPrefix(root.path + "/") else { return .notFound }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) else { return .notFound }
        guard isDirectory.boolValue else { return .file(resolved) }
        guard decoded.hasSuffix("/") else { return .folder(redirect: rawPath + "/") }
        let index = resolved.appendingPathComponent("index.html").resolvingSymlinksInPath()
        guard index.path.hasPrefix(root.path + "/"), FileManager.default.fileExists(atPath: index.path) else { return .notFound }
        return .file(index)
    }
}
