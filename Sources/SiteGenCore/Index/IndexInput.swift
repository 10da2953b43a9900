/// What the index stage works from: the parsed content and the options of the build.
public struct IndexInput: Sendable {
    public var config: SiteConfig
    public var briefings: [Briefing]
    public var themes: [Theme]
    public var entities: [Entity]
    public var sources: [Source]
    /// Paths of the files under `static/`.
    public var staticFiles: Set<String>
    public var includeDrafts: Bool
    /// Content files that failed to parse: references to them are not reported again.
    public var unparsed: Set<String>
    /// In a language's view, the paths of the files shown in the site's own language, for want
    /// of a translation.
    public var fallbacks: Set<String> = []
    /// In a language's view, the draft translations left out for their original (without
    /// `--drafts`): their problems are reported as a draft's are.
    public var unusedDrafts: [Briefing] = []

    public init(
        config: SiteConfig, briefings: [Briefing], themes: [Theme], entities: [Entity] = [], sources: [Source] = [],
        staticFiles: Set<String> = [],
        includeDrafts: Bool = false, unparsed: Set<String> = []
    ) {
        self.config = config
        self.briefings = briefings
        self.themes = themes
        self.entities = entities
        self.sources = sources
        self.staticFiles = staticFiles
        self.includeDrafts = includeDrafts
        self.unparsed = unparsed
    }

    /// The input of a parsed site, as both drivers (the build and the preview) index it; an empty
    /// site when `site.yml` is broken, so that the content's own problems are still reported.
    public init(_ parsed: ParsedSite, staticFiles: [RawFile], includeDrafts: Bool) {
        self.init(
            config: parsed.config ?? SiteConfig(title: ""), briefings: parsed.briefings, themes: parsed.themes,
            entities: parsed.entities, sources: parsed.sources, staticFiles: Set(staticFiles.map(\.path)), includeDrafts: includeDrafts,
            unparsed: parsed.unparsed)
    }
}
