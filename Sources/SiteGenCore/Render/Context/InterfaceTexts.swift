import SiteGenTemplates

/// The interface strings as templates see them, `{{strings.home}}`: an object made once per
/// build, whose keys are those of the strings files (checked when templates compile).
struct InterfaceTexts: TemplateConvertible, Sendable {
    let templateValue: TemplateValue

    init(_ strings: InterfaceStrings) {
        templateValue = .object(TemplateObject(strings.texts.mapValues { TemplateValue.string($0) }))
    }

    /// Without keys: the keys come from the site's strings files, in `schema(keys:)`.
    static var templateSchema: TemplateSchema { TemplateSchema(typeName: "InterfaceTexts", kind: .object([])) }

    /// The schema of the strings of a site: a text for each key.
    static func schema(keys: Set<String>) -> TemplateSchema {
        let text = String.templateSchema
        return TemplateSchema(
            typeName: "InterfaceTexts", kind: .object(keys.sorted().map { TemplateSchema.Field(name: $0, schema: text, optional: false) }))
    }
}
