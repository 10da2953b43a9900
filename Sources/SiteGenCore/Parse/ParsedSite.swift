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

        /// Moves the file's briefing, theme, entity or source into this set.
        mutating func take(_ file: inout ParsedContent) {
            if let briefing = file.briefing.take() { briefings.append(briefing) }
            if let theme = file.theme.take() { themes.append(theme) }
            if let entity = file.entity.take() { entities.append(entity) }
            if let source = file.source.take() { sources.append(source) }
        }
    }

    /// Gathers parsed content files, in order of their paths. Each briefing, theme, entity and
    /// source is moved out of its file, not copied.
    public init(
        config: SiteConfig?, content: consuming [ParsedContent], templates: TemplateSet?, assets: [RawFile], unreadable: Set<String>
    ) {
        var all = content
        all.sort { $0.path < $1.path }
        var own = Translations()
        own.briefings.reserveCapacity(all.count)
        var unparsed = unreadable
        for position in all.indices {
            if !all[position].isParsed { unparsed.insert(all[position].path) }
            guard let language = all[position].language else {
                own.take(&all[position])
                continue
            }
            var set = translations.removeValue(forKey: language) ?? Translations()
            set.take(&all[position])
            translations[language] = set
        }
        self.config = config
        briefings = own.briefings
        themes = own.themes
        entities = own.entities
        sources = own.sources
        self.templates = templates
        self.assets = assets
        self.unparsed = unparsed
    }
}
