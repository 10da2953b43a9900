import Foundation

/// Recognises and resolves link destinations that point at another content file.
public enum ContentLinkTarget {
    /// A relative link to a `.md` file, with or without a `#fragment`: `x.md`, `../themes/y.md#a`.
    public static func isContentLink(_ destination: String) -> Bool {
        let path = split(destination).path
        guard path.hasSuffix(".\(SiteLayout.contentExtension)"), !path.hasPrefix("/") else { return false }
        let beforeSlash = path.split(separator: "/", maxSplits: 1).first ?? ""
        return !beforeSlash.contains(":")
    }

    /// The destination's file path and fragment (without `#`).
    public static func split(_ destination: String) -> (path: String, fragment: String?) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[destination.index(after: hash)...]))
    }

    /// The site-relative path a link in the file at `source` points to, or nil if it climbs out of
    /// the site folder. `content/briefings/a.md` + `../themes/b.md` → `content/themes/b.md`.
    public static func resolve(_ path: String, from source: String) -> String? {
        var parts = source.split(separator: "/").dropLast().map(String.init)
        for part in (path.removingPercentEncoding ?? path).split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
