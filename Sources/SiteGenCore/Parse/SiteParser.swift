/// The parse stage: decodes `site.yml`, every front-matter block and every template (see
/// `SiteSettings`), and parses every Markdown body, on all cores. All problems are reported, not
/// just the first.
public enum SiteParser {
    /// Parses `sources`, with what the command line changes of `site.yml`.
    public static func parse(_ sources: SiteSources, overrides: SiteOverrides = SiteOverrides()) -> (ParsedSite, [Diagnostic]) {
        let settings = SiteSettings.read(sources, overrides: overrides)
        let markdown = settings.config?.markdown ?? MarkdownOptions()
        let parsed = sources.content.parallelMap { ParsedContent.parse($0, markdown: markdown) }
        let diagnostics = settings.diagnostics + parsed.flatMap(\.diagnostics)
        let site = ParsedSite(
            config: settings.config, content: consume parsed, templates: settings.templates, assets: sources.assets,
            unreadable: sources.unreadable)
        return (site, diagnostics)
    }
}
