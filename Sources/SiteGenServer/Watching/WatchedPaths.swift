import SiteGenCore

/// What the preview watches in a site folder, and which changed names it ignores.
enum WatchedPaths {
    /// Folders watched with everything in them.
    static let folders = [SiteLayout.content, SiteLayout.templates, SiteLayout.staticFiles, SiteLayout.strings]
    /// Files watched at the top of the site folder.
    static let files = [SiteLayout.config]

    /// Editors' swap, backup and probe files, and hidden files: never a reason to rebuild.
    static func isIgnored(_ name: Substring) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp")
            || name == "4913"
    }

    /// Whether a site-relative path is one the preview cares about.
    static func matters(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let first = parts.first, !parts.contains(where: isIgnored) else { return false }
        return parts.count == 1 ? files.contains(String(first)) : folders.contains(String(first))
    }
}
