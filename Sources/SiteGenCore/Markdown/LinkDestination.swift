import Foundation

/// What a link or image destination in Markdown points at, and how relative ones resolve.
public enum LinkDestination: Sendable, Hashable {
    /// With a scheme (`https:`, `mailto:`) or protocol-relative (`//host/…`): left as written.
    case external
    /// `/path`: left as written, but it ignores the base URL's path.
    case rootRelative
    /// `#part`: a heading on the same page.
    case sameDocument(fragment: String)
    /// A path relative to the Markdown file: another content file (`other.md#part`) or a file
    /// in `static/` (`../../static/map.png`).
    case relative(path: String, fragment: String?)

    public init(_ destination: String) {
        if destination.hasPrefix("//") {
            self = .external
        } else if destination.hasPrefix("/") {
            self = .rootRelative
        } else if destination.hasPrefix("#") {
            self = .sameDocument(fragment: String(destination.dropFirst()))
        } else if Self.hasScheme(destination) {
            self = .external
        } else {
            let (path, fragment) = Self.split(destination)
            self = .relative(path: path, fragment: fragment)
        }
    }

    /// Whether the destination starts with `scheme:` (letters, digits, `+`, `-`, `.` before a colon).
    private static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return scheme.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
        }
    }

    /// The destination's path and fragment (without `#`).
    public static func split(_ destination: String) -> (path: String, fragment: String?) {
        guard let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[destination.utf8.index(after: hash)...]))
    }

    /// The site-relative path a link in the file at `source` points to, or nil if it climbs out of
    /// the site folder. `content/briefings/a.md` + `../themes/b.md` → `content/themes/b.md`.
    /// Read by bytes, and decoded only when it holds a `%`: every link of every page is resolved,
    /// once to index it and once more to check it.
    public static func resolve(_ path: String, from source: String) -> String? {
        let slash = UInt8(ascii: "/")
        var parts = source.utf8.split(separator: slash).dropLast().map { String(Substring($0)) }
        let withoutQuery = path.utf8.firstIndex(of: UInt8(ascii: "?")).map { String(path[..<$0]) } ?? path
        let decoded =
            withoutQuery.utf8.contains(UInt8(ascii: "%")) ? withoutQuery.removingPercentEncoding ?? withoutQuery : withoutQuery
        for part in decoded.utf8.split(separator: slash).map(Substring.init) {
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
