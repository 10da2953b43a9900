/// A language of `languages:` as the index stage sees it: the site again, each briefing, theme,
/// entity and source replaced by its translation (`core-aim.fr.md`) where there is one, and
/// kept in the site's own language where there is none (a fallback, which its page says).
public enum LanguageView {
    /// The input of each of the site's other languages, in the order of `languages:`, from the
    /// site's own; a translation of a file that does not exist, or in a language the site does
    /// not list, is an error at the translation. With `site.yml` missing or broken, or its
    /// `languages:` unreadable (an error says so), the site's languages are unknown, and no
    /// translation is blamed for its language.
    public static func inputs(_ parsed: ParsedSite, own: IndexInput) -> ([IndexInput], [Diagnostic]) {
        let config = own.config
        var diagnostics: [Diagnostic] = []
        let listed = Set(config.languages.map(\.code))
        let languagesKnown = parsed.config.map { !$0.languagesUnreadable } ?? false
        let unlisted = languagesKnown ? parsed.translations.filter { !listed.contains($0.key) } : [:]
        for (language, files) in unlisted.sorted(by: { $0.key < $1.key }) {
            let paths = files.briefings.map(\.path) + files.themes.map(\.path) + files.entities.map(\.path) + files.sources.map(\.path)
            let known = config.languages.isEmpty ? "it lists none" : "it lists \(config.languages.map(\.code).joined(separator: ", "))"
            for path in paths.sorted() {
                diagnostics.append(
                    .error(
                        .index, at: SourceLocation(path: path),
                        "a translation into '\(language)', which is not a language of the site (\(known)): add it under 'languages:' in site.yml"
                    ))
            }
        }
        let inputs = config.languages.map { language in
            view(language, of: own, translations: parsed.translations[language.code] ?? .init(), diagnostics: &diagnostics)
        }
        return (inputs, diagnostics)
    }

    static func view(
        _ language: SiteLanguage, of own: IndexInput, translations: ParsedSite.Translations, diagnostics: inout [Diagnostic]
    ) -> IndexInput {
        var input = own
        input.config = config(of: language, from: own.config)
        var fallbacks: Set<String> = []
        /// Each original replaced by its translation; the translations of nothing reported.
        func replaced<Item>(
            _ originals: [Item], by translated: [Item], path: (Item) -> String, usable: (Item) -> Bool = { _ in true }
        )
            -> [Item]
        {
            let byOriginal = Dictionary(translated.map { (ContentPath.original(of: path($0)), $0) }) { first, _ in first }
            let paths = Set(originals.map(path))
            for item in translated where !paths.contains(ContentPath.original(of: path(item))) {
                let original = ContentPath.original(of: path(item))
                if own.unparsed.contains(original) { continue }
                diagnostics.append(
                    .error(
                        .index, at: SourceLocation(path: path(item)),
                        "a translation of \(original), which does not exist: a translation keeps the file name of the page it translates"))
            }
            return originals.map { original in
                if let translation = byOriginal[path(original)], usable(translation) { return translation }
                fallbacks.insert(path(original))
                return original
            }
        }
        // A translation is published with its original (a draft original's is a draft too), and
        // in the original's themes, so that every language has the same pages.
        let originals = Dictionary(own.briefings.map { ($0.path, $0) }) { first, _ in first }
        let aligned = translations.briefings.map { translation in
            guard let original = originals[ContentPath.original(of: translation.path)] else { return translation }
            let (shown, themesDiffer) = Self.aligned(translation, with: original)
            if themesDiffer {
                diagnostics.append(
                    .warning(
                        .index, at: translation.themes.first?.location ?? SourceLocation(path: translation.path),
                        "a translation is in its original's themes (\(original.themes.map(\.value).joined(separator: ", "))), which are used; give it the same 'themes:'"
                    ))
            }
            return shown
        }
        input.briefings = replaced(own.briefings, by: aligned, path: \.path) { own.includeDrafts || !$0.draft }
        input.unusedDrafts = own.includeDrafts ? [] : aligned.filter(\.draft)
        input.themes = replaced(own.themes, by: translations.themes, path: \.path)
        input.sources = replaced(own.sources, by: translations.sources, path: \.path)
        // A translated entity is also found by its names in the site's own language, which the
        // fallback briefings write.
        let originalNames = Dictionary(own.entities.map { ($0.id, $0.names) }) { first, _ in first }
        input.entities = replaced(own.entities, by: translations.entities, path: \.path).map { entity in
            guard !fallbacks.contains(entity.path) else { return entity }
            var entity = entity
            let known = Set(entity.names.map(\.value))
            entity.forms += (originalNames[entity.id] ?? []).filter { !known.contains($0.value) }
            return entity
        }
        input.fallbacks = fallbacks
        return input
    }

    /// The translation as its language's index holds it: in its original's themes and draft
    /// state (a translation of a draft is a draft); and whether its own themes were others.
    static func aligned(_ translation: Briefing, with original: Briefing) -> (Briefing, themesDiffer: Bool) {
        var aligned = translation
        aligned.draft = translation.draft || original.draft
        let differ = translation.themes.map(\.value) != original.themes.map(\.value)
        if differ { aligned.themes = original.themes }
        return (aligned, differ)
    }

    /// What indexing a language's view found that the site's own index did not: its errors (a
    /// problem of the original text is the same message, reported once), and the warnings at
    /// its translations. A warning about the original text in another language's words (a
    /// theme with no briefings, an entity no briefing names) is the site's own index's to give.
    public static func ownProblems(_ problems: [Diagnostic]) -> [Diagnostic] {
        problems.filter { problem in
            guard problem.severity == .warning, let path = problem.location?.path else { return true }
            return ContentPath.isTranslation(path)
        }
    }

    /// The pages a language lacks or adds beside the site's own, as errors: every page links to
    /// itself in every language (the switcher, `hreflang`), which the link check takes as right
    /// by construction. Translations keep their originals' themes and drafts, so none is expected.
    public static func unmatchedPages(_ view: SiteIndex, own: SiteIndex) -> [Diagnostic] {
        let mine = Set(view.pages.map(\.path)), theirs = Set(own.pages.map(\.path))
        guard mine != theirs else { return [] }
        let root = view.config.languageRoot
        let lacking = theirs.subtracting(mine).sorted().prefix(5).map { "/\($0)" }
        let extra = mine.subtracting(theirs).sorted().prefix(5).map { "/\(root)\($0)" }
        return [
            .error(
                .index, at: view.config.languages.first { $0.code == view.config.language }?.location,
                "the pages in '\(view.config.language)' are not the site's own: \((lacking.map { "\($0) has no translation page" } + extra.map { "\($0) has no original" }).joined(separator: ", "))"
            )
        ]
    }

    /// The settings of the language's pages: its words, title and description, and its folder
    /// at the end of the base URL.
    static func config(of language: SiteLanguage, from own: SiteConfig) -> SiteConfig {
        var config = own
        config.language = language.code
        config.strings = own.languageStrings[language.code] ?? own.strings
        config.title = language.title ?? own.title
        config.description = language.description ?? own.description
        config.languageRoot = language.root
        config.baseURL = own.baseURL + config.languageRoot
        config.translateDefaultClaims()
        return config
    }
}
