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
        let parsed = sources.content.parallelMap { file -> ParsedFile in
            switch file.kind {
            case .briefing:
                let (briefing, problems) = BriefingParser.parse(file, config: markdown)
                return ParsedFile(briefing: briefing, diagnostics: problems)
            case .theme:
                let (theme, problems) = ThemeParser.parse(file, config: markdown)
                return ParsedFile(theme: theme, diagnostics: problems)
            case .entity:
                let (entity, problems) = EntityParser.parse(file, config: markdown)
                return ParsedFile(entity: entity, diagnostics: problems)
            }
        }
        diagnostics += parsed.flatMap(\.diagnostics)
        let (templates, templateProblems) = TemplateParser.parse(sources.templates, required: requiredTemplates)
        diagnostics += templateProblems
        let site = ParsedSite(
            config: config, briefings: parsed.compactMap(\.briefing), themes: parsed.compactMap(\.theme),
            entities: parsed.compactMap(\.entity),
            templates: templates, assets: sources.assets,
            unparsed: sources.unreadable.union(
                zip(sources.content, parsed).filter { $1.briefing == nil && $1.theme == nil && $1.entity == nil }.map(\.0.path)))
        return (site, diagnostics)
    }

    private struct ParsedFile: Sendable {
        var briefing: Briefing?
        var theme: Theme?
        var entity: Entity?
        var diagnostics: [Diagnostic]
    }
}
