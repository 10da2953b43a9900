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
    /// The translations (`core-aim.fr.md`), by language.
    public var translations: [String: Translations] = [:]

    /// The content files of one language other than the site's own.
    public struct Translations: Sendable {
        public var briefings: [Briefing] = []
        public var themes: [Theme] = []
        public var entities: [Entity] = []
        public var sources: [Source] = []
    }

    /// Gathers parsed content files, in order of their paths.
    public init(config: SiteConfig?, content: [ParsedContent], templates: TemplateSet?, assets: [RawFile], unreadable: Set<String>) {
        let all = content.sorted { $0.path < $1.path }
        let sorted = all.filter { $0.language == nil }
        for file in all {
            guard let language = file.language else { continue }
            var set = translations[language] ?? Translations()
            if let briefing = file.briefing { set.briefings.append(briefing) }
            if let theme = file.theme { set.themes.append(theme) }
            if let entity = file.entity { set.entities.append(entity) }
            if let source = file.source { set.sources.append(source) }
            translations[language] = set
        }
        self.config = config
        briefings = sorted.compactMap(\.briefing)
        themes = sorted.compactMap(\.theme)
        entities = sorted.compactMap(\.entity)
        sources = sorted.compactMap(\.source)
        self.templates = templates
        self.assets = assets
        unparsed = unreadable.union(all.filter { !$0.isParsed }.map(\.path))
    }
}
