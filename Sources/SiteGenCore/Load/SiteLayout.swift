/// The names of the files and folders of a site, relative to the site folder.
public enum SiteLayout {
    public static let config = "site.yml"
    public static let content = "content"
    public static let templates = "templates"
    public static let assets = "templates/assets"
    /// Files copied as they are to the root of the output: images, PDFs, `favicon.ico`.
    public static let staticFiles = "static"
    /// The site's interface strings, a file per language (`i18n/fr.yml`), over the built-in ones.
    public static let strings = "i18n"
    public static let templateExtension = "mustache"
    public static let contentExtension = "md"

    /// What a file of the site is, by its path relative to the site folder.
    public enum Role: Sendable, Hashable {
        case config, template, asset, staticFile, strings
        case content(ContentKind)
        /// Not something sitegen reads (or a folder).
        case other
    }

    public static func role(of path: String) -> Role {
        if path == config { return .config }
        if path.hasPrefix(assets + "/") { return .asset }
        if path.hasPrefix(templates + "/") { return path.hasSuffix("." + templateExtension) ? .template : .other }
        if path.hasPrefix(staticFiles + "/") { return .staticFile }
        if path.hasPrefix(strings + "/") {
            return path.hasSuffix(".yml") && !path.dropFirst(strings.count + 1).contains("/") ? .strings : .other
        }
        for kind in ContentKind.allCases where ContentPath.id(of: path, kind: kind) != nil {
            return .content(kind)
        }
        return .other
    }
}
