/// The parse stage's output: typed settings, content and templates.
public struct ParsedSite: Sendable {
    /// Nil when `site.yml` is missing or broken (an error says why).
    public var config: SiteConfig?
    public var briefings: [Briefing]
    public var themes: [Theme]
    public var entities: [Entity]
    public var sources: [Source]
    /// Nil when a template is missing or broken (an error says why).
    public var templates: TemplateSet?
    /// Files copied as they are into the output.
    public var assets: [RawFile]
    /// Content files that could not be read or parsed (errors say why): later stages stay quiet
    /// about references to them rather than report the same problem again.
    public var unparsed: Set<String>

    /// Gathers parsed content files, in order of their paths.
    public init(config: SiteConfig?, content: [ParsedContent], templates: TemplateSet?, assets: [RawFile], unreadable: Set<String>) {
        let sorted = content.sorted { $0.path < $1.path }
        self.config = config
        briefings = sorted.compactMap(\.briefing)
        themes = sorted.compactMap(\.theme)
        entities = sorted.compactMap(\.entity)
        sources = sorted.compactMap(\.source)
        self.templates = templates
        self.assets = assets
        unparsed = unreadable.union(sorted.filter { !$0.isParsed }.map(\.path))
    }
}
