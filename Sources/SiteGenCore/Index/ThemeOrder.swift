/// Puts themes in the site's order: the `themes:` list of `site.yml` when there is one, else each
/// theme's `order` (then id).
enum ThemeOrder {
    static func arrange(
        _ themes: [Theme], by list: [Located<String>]?, ignoring unparsed: Set<String>, diagnostics: inout [Diagnostic]
    ) -> [Theme] {
        let byOrder = themes.sorted { ($0.order ?? .max, $0.id) < ($1.order ?? .max, $1.id) }
        guard let list else { return byOrder }
        let byID = Dictionary(uniqueKeysWithValues: themes.map { ($0.id, $0) })
        var arranged: [Theme] = []
        var placed: Set<String> = []
        for entry in list where !unparsed.contains(entry.value) {
            guard let theme = byID[entry.value] else {
                diagnostics.append(
                    .error(
                        .index, at: entry.location,
                        "unknown theme '\(entry.value)' in the themes of \(SiteLayout.config)\(Suggestion.didYouMean(entry.value, in: byID.keys))"
                    ))
                continue
            }
            if placed.insert(theme.id).inserted {
                arranged.append(theme)
            } else {
                diagnostics.append(.warning(.index, at: entry.location, "theme '\(entry.value)' is listed twice"))
            }
        }
        for theme in byOrder where !placed.contains(theme.id) {
            diagnostics.append(
                .warning(
                    .index, at: SourceLocation(path: theme.path),
                    "theme '\(theme.id)' is missing from the themes of \(SiteLayout.config); it is placed last"))
            arranged.append(theme)
        }
        return arranged
    }
}
