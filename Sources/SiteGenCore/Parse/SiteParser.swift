/// The parse stage: decodes `site.yml`, every front-matter block and every template, and parses
/// every Markdown body, on all cores. All problems are reported, not just the first.
public enum SiteParser {
    /// The templates every site must have: one per page kind.
    public static let requiredTemplates = PageKind.allCases.map(\.template)

    public static func parse(_ sources: SiteSources) -> (ParsedSite, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var config: SiteConfig?
        if let source = sources.config {
            let (parsed, problems) = SiteConfigParser.parse(source)
            config = parsed
            diagnostics += problems
        }
        let markdown = config?.markdown ?? MarkdownOptions()
        let parsed = sources.content.parallelMap { ParsedContent.parse($0, markdown: markdown) }
        diagnostics += parsed.flatMap(\.diagnostics)
        let (templates, templateProblems) = TemplateSet.compile(sources.templates, required: requiredTemplates)
        diagnostics += templateProblems
        let site = ParsedSite(config: config, content: parsed, templates: templates, assets: sources.assets, unreadable: sources.unreadable)
        return (site, diagnostics)
    }
}
