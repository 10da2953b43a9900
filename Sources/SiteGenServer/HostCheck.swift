/// Which Host headers the preview answers: the loopback names, and the address given with
/// `--host`. Anything else is refused, so that a web page cannot reach the preview through a
/// DNS name that points at 127.0.0.1 (DNS rebinding).
struct HostCheck: Sendable {
    let allowed: Set<String>

    init(host: String) {
        var allowed: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        allowed.insert(Self.bracketed(host.lowercased()))
        self.allowed = allowed
    }

    /// Whether a request's Host header (with or without a port) names the preview.
    func allows(_ header: String?) -> Bool {
        guard let header, !header.isEmpty else { return false }
        return allowed.contains(Self.hostPart(of: header.lowercased()))
    }

    /// `localhost:8000` → `localhost`; `[::1]:8000` → `[::1]`.
    static func hostPart(of header: String) -> String {
        if header.hasPrefix("["), let close = header.firstIndex(of: "]") { return String(header[...close]) }
        return String(header.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// An IPv6 address as it stands in a Host header: `::1` → `[::1]`.
    static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}
