import Foundation

/// The themes a site has, as `sitegen new` needs them before any build: the ids of its theme
/// files, and the order of `themes:` in site.yml when it has one.
public struct SiteThemes: Sendable {
    /// The ids of `content/themes/*.md`, sorted.
    public var ids: [String]
    /// The `themes:` list of site.yml, or nil when it has none (or cannot be read).
    public var listed: [String]?

    public init(site root: URL) {
        let folder = root.appendingPathComponent(SiteLayout.content).appendingPathComponent(ContentKind.theme.folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        ids = names.compactMap { ContentPath.id(of: "\(SiteLayout.content)/\(ContentKind.theme.folder)/\($0)", kind: .theme) }.sorted()
        let config = try? String(contentsOf: root.appendingPathComponent(SiteLayout.config), encoding: .utf8)
        listed = config.flatMap { SiteConfigParser.parse(SourceText(path: SiteLayout.config, text: $0)).0?.themeOrder?.map(\.value) }
    }

    /// The theme a new briefing gets when none is given: the first of the site's order.
    public var first: String? {
        listed?.first(where: ids.contains) ?? ids.first
    }
}
