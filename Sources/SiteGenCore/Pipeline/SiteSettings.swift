/// The settings step, which both drivers run on what was read: `site.yml` decoded with the
/// build's overrides applied (a bad one is an error for `sitegen build` and `sitegen serve`
/// alike), and the templates compiled.
public struct SiteSettings: Sendable {
    /// Nil when `site.yml` is missing or broken (an error says why).
    public var config: SiteConfig?
    /// Nil when a template is missing or broken (an error says why).
    public var templates: TemplateSet?
    public var diagnostics: [Diagnostic] = []

    /// The templates every site must have: one per page kind.
    public static let requiredTemplates = PageKind.allCases.map(\.template)

    /// Decodes the settings of `sources`, with what the command line changes of them.
    public static func read(_ sources: SiteSources, overrides: SiteOverrides = SiteOverrides()) -> SiteSettings {
        let override = overrides.baseURL
        var settings = SiteSettings()
        if let source = sources.config {
            let (config, problems) = SiteConfigParser.parse(source)
            settings.config = config
            settings.diagnostics += problems
        }
        if overrides.relativeURLs { settings.config?.relativeURLs = true }
        if override == nil, let origin = overrides.origin, let path = settings.config?.basePath {
            settings.config?.baseURL = origin + path
        }
        if let override {
            if let normalised = BaseURL.normalised(override) {
                settings.config?.baseURL = normalised
                settings.config?.baseURLSource = .commandLine
            } else {
                settings.diagnostics.append(
                    .error(.parse, at: nil, "the base URL must be an http(s) URL or a path starting with '/', not '\(override)'"))
            }
        }
        let (strings, stringProblems) = InterfaceStringsParser.strings(
            language: settings.config?.language ?? "en", builtin: BuiltinTheme.strings, site: sources.strings,
            languageLocation: settings.config?.languageLocation)
        settings.diagnostics += stringProblems
        settings.config?.strings = strings
        if var config = settings.config, !config.languages.isEmpty {
            for language in config.languages {
                let (own, problems) = InterfaceStringsParser.strings(
                    language: language.code, builtin: BuiltinTheme.strings, site: sources.strings, languageLocation: language.location)
                settings.diagnostics += problems
                config.languageStrings[language.code] = own
            }
            let codes = [config.language] + config.languages.map(\.code)
            config.languageLinks = codes.map { code in
                let name = (code == config.language ? strings : config.languageStrings[code])?.text("language_name") ?? code
                return LanguageLink(code: code, name: name, root: code == config.language ? "" : SiteLanguage(code: code).root)
            }
            settings.config = config
        }
        settings.config?.translateDefaultClaims()
        let (templates, problems) = TemplateSet.compile(
            sources.templates, required: requiredTemplates, strings: Set(strings.texts.keys))
        settings.templates = templates
        settings.diagnostics += problems
        return settings
    }

    /// What the settings leave out of a site with briefings: the files that need a full URL.
    public static func warnings(_ index: SiteIndex) -> [Diagnostic] {
        guard !index.config.hasAbsoluteBaseURL, !index.briefings.isEmpty else { return [] }
        let missing =
            "\(SitePaths.sitemap), the feeds (\(SitePaths.feed), \(SitePaths.jsonFeed), \(SitePaths.updatesFeed), each theme's and entity's), \(SitePaths.robots) and the structured data's URLs need a full URL (https://…) and are left out"
        // At the place to change: the key in site.yml, or the command line.
        switch index.config.baseURLSource {
        case .file(let location):
            return [.warning(.render, at: location, "base_url '\(index.config.baseURL)' is only a path: \(missing)")]
        case .commandLine:
            return [.warning(.render, at: nil, "--base-url '\(index.config.baseURL)' is only a path: \(missing)")]
        }
    }
}
