/// Decodes a briefing's front-matter into a `Briefing` and parses its body.
public enum BriefingParser {
    public static func parse(_ file: ContentFile, config: MarkdownOptions) -> (Briefing?, [Diagnostic]) {
        var fields = YAMLFields(yaml: file.frontMatter, path: file.path, firstLine: file.frontMatterLine)
        if fields.diagnostics.isEmpty && fields.isEmpty {
            return (
                nil, [.error(.parse, at: fields.start, "front-matter is empty: a briefing needs at least title, summary, date and themes")]
            )
        }
        let title = fields.string("title", required: true)
        let summary = fields.string("summary", required: true)
        let date = fields.date("date", required: true)
        let updated = fields.date("updated")
        let themes = fields.strings("themes", required: true)
        let entities = fields.strings("entities") ?? []
        let sources = fields.mappings("sources").map { $0.compactMap(SourceReferenceParser.parse) }
        let authors = fields.strings("authors") ?? []
        let updates = fields.mappings("updates").map { $0.compactMap(UpdateParser.parse) }
        let draft = fields.bool("draft") ?? false
        let weight = fields.int("weight") ?? 0
        let type: BriefingType = fields.choice("type") ?? .news
        if let date, let updated, updated.value < date.value {
            fields.diagnostics.append(
                .warning(.parse, at: updated.location, "'updated' (\(updated.value)) is before 'date' (\(date.value))"))
        }
        var diagnostics = fields.diagnostics + fields.unknownKeys() + (sources?.flatMap(\.1) ?? []) + (updates?.flatMap(\.1) ?? [])
        if let date {
            for case (let update?, _) in updates ?? [] where update.value.date < date.value {
                diagnostics.append(
                    .warning(
                        .parse, at: update.location,
                        "this \(update.value.kind.rawValue) (\(update.value.date)) is dated before the briefing (\(date.value))"))
            }
        }
        guard let title, let summary, let date, let themes else { return (nil, diagnostics) }
        let (body, bodyProblems) = BodyParser.parse(
            file, smartPunctuation: config.smartPunctuation, dropsHTML: !config.unsafeHTML, citations: true, claims: config.claimStatuses)
        let briefing = Briefing(
            id: file.id, path: file.path, title: title.value, summary: summary.value, date: date.value, updated: updated?.value,
            themes: themes, entities: entities, sources: sources?.compactMap(\.0) ?? [], authors: authors,
            updates: updates?.compactMap(\.0?.value) ?? [], type: type, draft: draft, weight: weight, body: body)
        return (briefing, diagnostics + bodyProblems)
    }
}

/// Decodes one item of a briefing's `updates:` list.
enum UpdateParser {
    static func parse(_ fields: YAMLFields) -> (Located<BriefingUpdate>?, [Diagnostic]) {
        var fields = fields
        let date = fields.date("date", required: true)
        let kind: BriefingUpdate.Kind? = fields.choice("kind", required: true)
        let note = fields.string("note", required: true)
        if let note, note.value.allSatisfy(\.isWhitespace) {
            fields.diagnostics.append(.error(.parse, at: note.location, "'note' must say what changed"))
        }
        let diagnostics = fields.diagnostics + fields.unknownKeys()
        guard let date, let kind, let note, diagnostics.allSatisfy({ $0.severity != .error }) else { return (nil, diagnostics) }
        return (Located(BriefingUpdate(date: date.value, kind: kind, note: note.value), at: fields.start), diagnostics)
    }
}

/// Decodes one item of a briefing's `sources:` list.
enum SourceReferenceParser {
    static func parse(_ fields: YAMLFields) -> (SourceReference?, [Diagnostic]) {
        var fields = fields
        let title = fields.string("title", required: true)
        let url = fields.string("url", required: true)
        let publisher = fields.string("publisher")
        let date = fields.date("date")
        if let url, !URLPolicy.isAllowedSourceURL(url.value) {
            fields.diagnostics.append(.error(.parse, at: url.location, "source URL '\(url.value)' must be http, https, mailto or relative"))
        } else if let url, URLPolicy.lacksScheme(url.value) {
            fields.diagnostics.append(
                .error(
                    .parse, at: url.location,
                    "source URL '\(url.value)' lacks its scheme, so a browser would take it as a path on this site: write https://\(url.value)"
                ))
        }
        let diagnostics = fields.diagnostics + fields.unknownKeys()
        guard let title, let url, diagnostics.allSatisfy({ $0.severity != .error }) else { return (nil, diagnostics) }
        return (SourceReference(title: title.value, url: url.value, publisher: publisher?.value, date: date?.value), diagnostics)
    }
}
