/// The names of the files and folders of a site, relative to the site folder.
public enum SiteLayout {
    public static let config = "site.yml"
    public static let content = "content"
    public static let templates = "templates"
    public static let assets = "templates/assets"
    public static let templateExtension = "mustache"
    public static let contentExtension = "md"
}
