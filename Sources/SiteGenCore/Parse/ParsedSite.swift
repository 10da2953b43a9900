/// The parse stage's output: typed settings, content and templates.
public struct ParsedSite: Sendable {
    /// Nil when `site.yml` is missing or broken (an error says why).
    public var config: SiteConfig?
    public var briefings: [Briefing]
    public var themes: [Theme]
    public var entities: [Entity]
    /// Nil when a template is missing or broken (an error says why).
    public var templates: TemplateSet?
    /// Files copied as they are into the output.
    public var assets: [RawFile]
    /// Content files that could not be parsed (errors say why): later stages stay quiet about
    /// references to them rather than report the same problem again.
    public var unparsed: Set<String>
}
