/// How a page writes the URL of a page or file of the site (a path of `SitePaths`): after the
/// base URL's path (`/ukraine/briefings/x/`), after the whole base URL where a link must work
/// away from the site (the printed book), or — with `relative_urls: true` — relative to the page
/// itself and naming `index.html` (`../x/index.html`), so that the folder works from `file://`,
/// from a zip, or under any path.
public struct SiteLinks: Sendable, Hashable {
    /// Put before every path.
    public let prefix: String
    /// Whether a folder's URL names its `index.html`, as `file://` needs.
    public let namesIndexFile: Bool

    public init(prefix: String, namesIndexFile: Bool = false) {
        self.prefix = prefix
        self.namesIndexFile = namesIndexFile
    }

    /// The URL of `path` (which may end in `#fragment`).
    public func url(_ path: String) -> String {
        guard namesIndexFile else { return prefix + path }
        let hash = path.firstIndex(of: "#") ?? path.endIndex
        let file = path[..<hash]
        guard file.isEmpty || file.hasSuffix("/") else { return prefix + path }
        return prefix + file + "index.html" + path[hash...]
    }

    /// How `page` writes links: from the host, or relative to the page with `relative_urls`. The
    /// not-found page keeps links from the host in either case, since hosts show it at any address.
    public static func of(_ page: Page, in config: SiteConfig) -> SiteLinks {
        guard config.relativeURLs, page.kind != .notFound else { return SiteLinks(prefix: config.basePath) }
        return relative(depth: page.outputPath.utf8.count { $0 == UInt8(ascii: "/") })
    }

    /// Links from a page `depth` folders below the site's root.
    public static func relative(depth: Int) -> SiteLinks {
        SiteLinks(prefix: String(repeating: "../", count: depth), namesIndexFile: true)
    }
}
