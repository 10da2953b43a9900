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
}
