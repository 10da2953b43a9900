/// Decodes a theme's front-matter into a `Theme` and parses its introduction.
public enum ThemeParser {
    public static func parse(_ file: ContentFile, config: MarkdownOptions) -> (Theme?, [Diagnostic]) {
        var fields = YAMLFields(yaml: file.frontMatter, path: file.path, firstLine: file.frontMatterLine)
        if fields.diagnostics.isEmpty && fields.isEmpty {
            return (nil, [.error(.parse, at: fields.start, "front-matter is empty: a theme needs at least title and summary")])
        }
        let title = fields.string("title", required: true)
        let summary = fields.string("summary", required: true)
        let order = fields.int("order")
        var entityKinds: [EntityKind] = []
        for kind in fields.strings("entity_kinds") ?? [] {
            if let known = EntityKind(rawValue: kind.value) {
                entityKinds.append(known)
            } else {
                let kinds = EntityKind.allCases.map(\.rawValue)
                fields.diagnostics.append(
                    .error(.parse, at: kind.location, "unknown entity kind '\(kind.value)'\(Suggestion.didYouMean(kind.value, in: kinds))"))
            }
        }
        let diagnostics = fields.diagnostics + fields.unknownKeys()
        guard let title, let summary else { return (nil, diagnostics) }
        let (body, bodyProblems) = BodyParser.parse(file, smartPunctuation: config.smartPunctuation, dropsHTML: !config.unsafeHTML)
        let theme = Theme(
            id: file.id, path: file.path, title: title.value, summary: summary.value, order: order, entityKinds: entityKinds,
            body: body)
        return (theme, diagnostics + bodyProblems)
    }
}
