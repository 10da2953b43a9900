import SiteGenTemplates

/// README's table of the keys templates can use, made from the context types themselves
/// (`PageKind.contextSchema`), so that it cannot drift from them; `ContextKeyTableTests` checks
/// that README holds exactly this.
public enum ContextKeyTable {
    /// Parts shown on many pages, listed once under their name; a field of one of these types
    /// (or of its once-made `Encoded` form) is shown by that name.
    static let parts: [(name: String, schema: TemplateSchema, aliases: [String])] = [
        ("card", CardContext.templateSchema, [Card.templateSchema.typeName]),
        ("date", DateContext.templateSchema, []),
        ("theme link", ThemeLink.templateSchema, []),
        ("theme summary", ThemeSummary.templateSchema, []),
        ("entity link", EntityLink.templateSchema, [EntityItem.templateSchema.typeName]),
    ]

    public static func markdown() -> String {
        let common = CommonContext.templateSchema
        var lines = ["| template | keys (`?`: may be absent; `[…]`: a list of) |", "| --- | --- |"]
        lines.append("| every page | \(fields(common.fields)) |")
        let commonNames = Set(common.fields.map(\.name))
        for kind in PageKind.allCases {
            let own = kind.contextSchema.fields.filter { !commonNames.contains($0.name) }
            lines.append("| `\(kind.template)` | \(own.isEmpty ? "nothing more" : fields(own)) |")
        }
        lines += ["", "| part | keys |", "| --- | --- |"]
        for part in parts { lines.append("| \(part.name) | \(fields(part.schema.fields, inside: part.name)) |") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fields(_ fields: [TemplateSchema.Field], inside part: String? = nil) -> String {
        fields.map { "`\($0.name)`\($0.optional ? "?" : "")" + detail($0.schema, inside: part) }.joined(separator: ", ")
    }

    private static func detail(_ schema: TemplateSchema, inside part: String?) -> String {
        if schema.typeName == InterfaceTexts.templateSchema.typeName { return " (a text per key of the strings files: see \"Languages\")" }
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
            return " [" + fields(element.fields, inside: part) + "]"
        case .object(let inner): return " {" + fields(inner, inside: part) + "}"
        }
    }

    private static func name(of schema: TemplateSchema) -> String? {
        parts.first { $0.schema.typeName == schema.typeName || $0.aliases.contains(schema.typeName) }?.name
    }
}
