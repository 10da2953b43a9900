/// Which URLs sitegen accepts in front-matter fields that become links.
public enum URLPolicy {
    /// http, https and mailto URLs, and relative URLs (no scheme at all).
    public static func isAllowedSourceURL(_ url: String) -> Bool {
        let trimmed = url.trimmingPrefix { $0 == " " }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let beforeColon = trimmed[..<colon]
        if beforeColon.contains("/") || beforeColon.contains("?") || beforeColon.contains("#") { return true }
        return ["http", "https", "mailto"].contains(beforeColon.lowercased())
    }

    /// A relative URL that is a web address without its scheme, `www.example.org/x.pdf` or
    /// `example.org/report`, which a browser would take as a path on this site: its first segment
    /// is a host name (a `www.` one, or dotted and followed by a path). A relative file
    /// (`report.pdf`, `../files/v1.2/notes`) is not one.
    public static func lacksScheme(_ url: String) -> Bool {
        guard !url.contains(":"), !url.hasPrefix("/"), !url.hasPrefix(".") else { return false }
        let first = url.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let labels = first.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else {
            return false
        }
        if first.lowercased().hasPrefix("www.") { return true }
        let topLevel = labels.last!
        return url.dropFirst(first.count).hasPrefix("/") && topLevel.count >= 2 && topLevel.allSatisfy(\.isLetter)
    }
}
