import SiteGenTemplates

/// The keys of two context types in one object: `Merged<EntityLink, EntityCounts>` has the
/// keys of both, so a part shared by several contexts is declared once.
struct Merged<Base: TemplateObjectConvertible & Sendable, Extra: TemplateObjectConvertible & Sendable>: TemplateObjectConvertible, Sendable
{
    var base: Base
    var extra: Extra

    init(_ base: Base, _ extra: Extra) {
        self.base = base
        self.extra = extra
    }

    static var templateKeys: [String] { Base.templateKeys + Extra.templateKeys }
    static var templateShape: TemplateShape { TemplateShape.shared(for: Self.self, keys: templateKeys) }
    static var templateFields: [TemplateSchema.Field] { Base.templateFields + Extra.templateFields }

    func appendTemplateValues(to values: inout TemplateObjectValues) {
        base.appendTemplateValues(to: &values)
        extra.appendTemplateValues(to: &values)
    }
}

/// A list that a template shows under a heading of its own: absent when empty, so that
/// `{{#sources}}<h2>Sources</h2>{{#items}}…{{/items}}{{/sources}}` prints nothing for none.
@TemplateContext
struct Items<Item: TemplateConvertible & Sendable>: Sendable {
    var items: [Item]

    /// nil for no items.
    static func of(_ items: [Item]) -> Items? {
        items.isEmpty ? nil : Items(items: items)
    }
}
