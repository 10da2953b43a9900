import Foundation

/// Checks and normalises a site's base URL.
public enum BaseURL {
    /// The base URL with a trailing `/`, or nil if it is neither an absolute http(s) URL nor a path
    /// starting with `/`.
    public static func normalised(_ text: String) -> String? {
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
        let withSlash = text.hasSuffix("/") ? text : text + "/"
        if withSlash.hasPrefix("/") {
            return withSlash.hasPrefix("//") ? nil : withSlash
        }
        guard let url = URL(string: withSlash), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host != nil, url.query == nil, url.fragment == nil
        else { return nil }
        return withSlash
    }

    /// The path of a normalised base URL, with a trailing `/`.
    public static func path(of baseURL: String) -> String {
        if baseURL.hasPrefix("/") { return baseURL }
        guard let url = URL(string: baseURL) else { return "/" }
        let path = url.path
        if path.isEmpty || path == "/" { return "/" }
        return path.hasSuffix("/") ? path : path + "/"
    }
}
