import SiteGenCore

/// The site layout's names, as the watcher needs them.
enum SiteLayoutNames {
    static let content = SiteLayout.content
    static let templates = SiteLayout.templates
    static let staticFiles = SiteLayout.staticFiles
    static let config = SiteLayout.config
}
