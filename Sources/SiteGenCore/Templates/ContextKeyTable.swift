import SiteGenTemplates

/// README's table of the keys templates can use, made from the context types themselves
/// (`PageKind.contextSchema`), so that it cannot drift from them; `ContextKeyTableTests` checks
/// that README holds exactly this.
public enum ContextKeyTable {
    /// Parts shown on many pages, listed once under their name.
    static let parts: [(typeName: String, name: String)] = [
        ("Encoded<CardContext>", "card"), ("CardContext", "card"), ("DateContext", "date"), ("ThemeLink", "theme link"),
        ("Merged<ThemeLink, ThemeCounts>", "theme summary"), ("Encoded<EntityLink>", "entity link"), ("EntityLink", "entity link"),
    ]

    public static func markdown() -> String {
        let common = CommonContext.templateSchema
        var lines = ["| template | keys (`?`: may be absent; `[…]`: a list of) |", "| --- | --- |"]
        lines.append("| every page | \(fields(common.fields, expandingParts: true)) |")
        let commonNames = Set(common.fields.map(\.name))
        for kind in PageKind.allCases {
            let own = kind.contextSchema.fields.filter { !commonNames.contains($0.name) }
            lines.append("| `\(kind.template)` | \(own.isEmpty ? "nothing more" : fields(own, expandingParts: false)) |")
        }
        lines += ["", "| part | keys |", "| --- | --- |"]
        var shown: Set<String> = []
        for (typeName, name) in parts where !shown.contains(name) {
            guard let schema = sample(typeName) else { continue }
            shown.insert(name)
            lines.append("| \(name) | \(fields(schema.fields, expandingParts: false, inside: name)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func sample(_ typeName: String) -> TemplateSchema? {
        switch typeName {
        case "CardContext": CardContext.templateSchema
        case "DateContext": DateContext.templateSchema
        case "ThemeLink": ThemeLink.templateSchema
        case "Merged<ThemeLink, ThemeCounts>": ThemeSummary.templateSchema
        case "EntityLink": EntityLink.templateSchema
        default: nil
        }
    }

    private static func fields(_ fields: [TemplateSchema.Field], expandingParts: Bool, inside part: String? = nil) -> String {
        fields.map { "`\($0.name)`\($0.optional ? "?" : "")" + detail($0.schema, inside: part) }.joined(separator: ", ")
    }

    private static func detail(_ schema: TemplateSchema, inside part: String?) -> String {
        if let name = name(of: schema), name != part { return " (\(name))" }
        switch schema.kind {
        case .text: return ""
        case .html: return " (HTML)"
        case .number: return " (number)"
        case .flag: return " (flag)"
        case .list(let element):
            if let name = name(of: element) { return " [\(name.hasSuffix("y") ? name.dropLast() + "ies" : name + "s")]" }
            if element.fields.isEmpty {
                return " [\(detail(element, inside: part).trimmingCharacters(in: [" ", "(", ")"]).isEmpty ? "text" : "…")]"
            }
            return " [" + fields(element.fields, expandingParts: false, inside: part) + "]"
        case .object(let inner): return " {" + fields(inner, expandingParts: false, inside: part) + "}"
        }
    }

    private static func name(of schema: TemplateSchema) -> String? {
        parts.first { $0.typeName == schema.typeName }?.name
    }
}
