/// The theme built into sitegen: the templates and assets of `Sources/SiteGenCore/DefaultTheme/`,
/// compiled into the binary (SwiftPM's `embedInCode`). A site uses each of its files unless its
/// own `templates/` has a file at the same path, which replaces that one file (Hugo's lookup order).
public enum BuiltinTheme {
    /// How messages name a built-in file: `<built-in>/templates/base.mustache`. `sitegen theme
    /// eject` copies it to the site-relative path after the prefix.
    public static let prefix = "<built-in>/"

    /// Every file, by the site-relative path a site uses to override it. A test keeps this list in
    /// step with the folder: SwiftPM names each embedded file after its base name only.
    public static let files: [RawFile] = [
        ("templates/404.mustache", PackageResources._04_mustache),
        ("templates/assets/favicon.svg", PackageResources.favicon_svg),
        ("templates/assets/search.js", PackageResources.search_js),
        ("templates/assets/style.css", PackageResources.style_css),
        ("templates/base.mustache", PackageResources.base_mustache),
        ("templates/book.mustache", PackageResources.book_mustache),
        ("templates/briefing.mustache", PackageResources.briefing_mustache),
        ("templates/briefings.mustache", PackageResources.briefings_mustache),
        ("templates/entity.mustache", PackageResources.entity_mustache),
        ("templates/home.mustache", PackageResources.home_mustache),
        ("templates/index.mustache", PackageResources.index_mustache),
        ("templates/partials/breadcrumb.mustache", PackageResources.breadcrumb_mustache),
        ("templates/partials/briefing-card.mustache", PackageResources.briefing_card_mustache),
        ("templates/partials/footer.mustache", PackageResources.footer_mustache),
        ("templates/partials/head.mustache", PackageResources.head_mustache),
        ("templates/partials/header.mustache", PackageResources.header_mustache),
        ("templates/partials/pager.mustache", PackageResources.pager_mustache),
        ("templates/partials/source-details.mustache", PackageResources.source_details_mustache),
        ("templates/search.mustache", PackageResources.search_mustache),
        ("templates/source.mustache", PackageResources.source_mustache),
        ("templates/sources.mustache", PackageResources.sources_mustache),
        ("templates/theme.mustache", PackageResources.theme_mustache),
        ("templates/themes.mustache", PackageResources.themes_mustache),
        ("templates/updates.mustache", PackageResources.updates_mustache),
    ].map { RawFile(path: $0.0, bytes: $0.1) }

    /// The interface strings of each language sitegen knows, by language (`fr`): a site's own
    /// `i18n/<language>.yml` goes over them, key by key.
    public static let strings: [String: SourceText] = [
        ("en", PackageResources.en_yml), ("fr", PackageResources.fr_yml), ("uk", PackageResources.uk_yml),
    ].reduce(into: [:]) { strings, file in
        strings[file.0] = SourceText(
            path: prefix + SiteLayout.strings + "/\(file.0).yml", text: String(decoding: file.1, as: UTF8.self))
    }

    /// The path a file has in a site, without the built-in prefix.
    public static func sitePath(of path: String) -> String {
        path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The site's templates and assets, each built-in file added where the site has none at its path.
    public static func completing(templates: [SourceText], assets: [RawFile]) -> (templates: [SourceText], assets: [RawFile]) {
        let own = Set(templates.map(\.path) + assets.map(\.path))
        var templates = templates
        var assets = assets
        for file in files where !own.contains(file.path) {
            let path = prefix + file.path
            if file.path.hasPrefix(SiteLayout.assets + "/") {
                assets.append(RawFile(path: path, bytes: file.bytes))
            } else {
                templates.append(SourceText(path: path, text: String(decoding: file.bytes, as: UTF8.self)))
            }
        }
        return (templates, assets)
    }
}
