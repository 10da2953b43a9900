/// The names of the files and folders of a site, relative to the site folder.
public enum SiteLayout {
    public static let config = "site.yml"
    public static let content = "content"
    public static let templates = "templates"
    public static let assets = "templates/assets"
    /// Files copied as they are to the root of the output: images, PDFs, `favicon.ico`.
    public static let staticFiles = "static"
    public static let templateExtension = "mustache"
    public static let contentExtension = "md"
}
