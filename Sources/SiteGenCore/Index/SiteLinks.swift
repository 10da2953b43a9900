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
    /// Put before the path of a file at the site's root (the assets): the prefix, unless the
    /// pages are a language's, in a folder of their own (`/fr/`).
    public let root: String

    public init(prefix: String, namesIndexFile: Bool = false, root: String? = nil) {
        self.prefix = prefix
        self.namesIndexFile = namesIndexFile
        self.root = root ?? prefix
    }

    /// A path that starts above the prefix (a static file, from a language's folder) after the
    /// prefix's parent: `/fr/` and `../doc.pdf` make `/doc.pdf`.
    private static func up(_ prefix: String, _ path: String) -> String {
        var prefix = Substring(prefix), path = Substring(path)
        while path.hasPrefix("../"), prefix.count > 1, let slash = prefix.dropLast().lastIndex(of: "/"),
            !prefix[..<slash].hasSuffix("/")
        {
            prefix = prefix[...slash]
            path = path.dropFirst(3)
        }
        return String(prefix + path)
    }

    /// Links from the host, to the language's pages and to the site's root.
    public static func host(_ config: SiteConfig) -> SiteLinks {
        SiteLinks(prefix: config.basePath, root: config.rootPath)
    }

    /// Full URLs (for what is read away from the site: the book, the feeds).
    public static func absolute(_ config: SiteConfig) -> SiteLinks {
        SiteLinks(prefix: config.baseURL, root: config.rootURL)
    }

    /// The links of the same page in another language of the site, whose folder is `root`.
    public func inLanguage(root languageRoot: String) -> SiteLinks {
        SiteLinks(prefix: root + languageRoot, namesIndexFile: namesIndexFile, root: root)
    }

    /// The URL of `path` (which may end in `#fragment`).
    public func url(_ path: String) -> String {
        guard namesIndexFile else { return path.hasPrefix("../") ? Self.up(prefix, path) : prefix + path }
        let hash = path.firstIndex(of: "#") ?? path.endIndex
        let file = path[..<hash]
        guard file.isEmpty || file.hasSuffix("/") else { return prefix + path }
        return prefix + file + "index.html" + path[hash...]
    }

    /// How `page` writes links: from the host, or relative to the page with `relative_urls`. The
    /// not-found page keeps links from the host in either case, since hosts show it at any address.
    public static func of(_ page: Page, in config: SiteConfig) -> SiteLinks {
        guard config.relativeURLs, page.kind != .notFound else { return host(config) }
        return relative(depth: page.outputPath.utf8.count { $0 == UInt8(ascii: "/") }, in: config)
    }

    /// Links from a page `depth` folders below its language's root (the site's root, or `fr/`).
    public static func relative(depth: Int, in config: SiteConfig? = nil) -> SiteLinks {
        let prefix = String(repeating: "../", count: depth)
        let up = (config?.languageRoot ?? "").utf8.count { $0 == UInt8(ascii: "/") }
        return SiteLinks(prefix: prefix, namesIndexFile: true, root: prefix + String(repeating: "../", count: up))
    }
}
