/// What a saved briefing changes in the index of one of the site's other languages, for the
/// preview's quick path: nothing (another language's translation, or an original that language
/// shows translated, its themes and draft state as before), or one briefing to re-index in it
/// (the original it shows untranslated, or its own translation, aligned as `LanguageView` does).
/// Nil when the change reaches further: a translation that appears or goes, or one whose themes
/// differ from its original's (a warning of the whole build).
enum LanguageChange {
    case unchanged
    case reindex(Briefing)

    static func of(_ path: String, in view: SiteIndex, content: [String: ParsedContent], includeDrafts: Bool) -> LanguageChange? {
        let language = view.config.language
        guard let edited = content[path]?.briefing else { return nil }
        let original = ContentPath.original(of: path)
        let translationPath = ContentPath.translation(of: original, in: language)
        switch content[path]?.language {
        case .some(language):
            guard let source = content[original]?.briefing else { return nil }
            return aligned(edited, to: source, includeDrafts: includeDrafts).map { .reindex($0) }
        case .some:
            return .unchanged
        case .none:
            guard let translation = content[translationPath]?.briefing else {
                // Shown untranslated, unless the language has a translation that failed to parse.
                return content[translationPath] == nil ? .reindex(edited) : nil
            }
            guard let shown = aligned(translation, to: edited, includeDrafts: includeDrafts) else { return nil }
            let before = view.briefing(edited.id)
            return before?.themes.map(\.value) == shown.themes.map(\.value) && before?.draft == shown.draft ? .unchanged : .reindex(shown)
        }
    }

    /// The translation as its language's index holds it (`LanguageView.aligned`); nil where the
    /// whole site must be indexed: its own themes differ (a warning), or it is left out as a draft.
    private static func aligned(_ translation: Briefing, to original: Briefing, includeDrafts: Bool) -> Briefing? {
        let (aligned, themesDiffer) = LanguageView.aligned(translation, with: original)
        return themesDiffer || (aligned.draft && !includeDrafts) ? nil : aligned
    }
}
