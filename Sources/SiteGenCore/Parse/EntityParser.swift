import Foundation

/// Decodes an entity's front-matter into an `Entity` and parses its description.
public enum EntityParser {
    public static func parse(_ file: ContentFile, config: MarkdownOptions) -> (Entity?, [Diagnostic]) {
        var fields = YAMLFields(yaml: file.frontMatter, path: file.path, firstLine: file.frontMatterLine)
        if fields.diagnostics.isEmpty && fields.isEmpty {
            return (nil, [.error(.parse, at: fields.start, "front-matter is empty: an entity needs at least name, kind and summary")])
        }
        let name = fields.string("name", required: true)
        let kind: EntityKind? = fields.choice("kind", required: true)
        let aliases = fields.strings("aliases") ?? []
        let forms = fields.strings("forms") ?? []
        let summary = fields.string("summary", required: true)
        for alias in aliases + forms where alias.value.trimmingCharacters(in: .whitespaces).isEmpty {
            fields.diagnostics.append(.error(.parse, at: alias.location, "an alias must not be empty"))
        }
        let diagnostics = fields.diagnostics + fields.unknownKeys()
        guard let name, let kind, let summary, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let (body, bodyProblems) = BodyParser.parse(file, smartPunctuation: config.smartPunctuation, dropsHTML: !config.unsafeHTML)
        var entity = Entity(id: file.id, path: file.path, name: name, kind: kind, aliases: aliases, summary: summary.value, body: body)
        entity.forms = forms
        return (entity, diagnostics + bodyProblems)
    }
}
