/// The keys a typed context declares, with the type of each: written by `@TemplateContext` from
/// the struct's stored properties, so the declaration is the schema. Template checks and the
/// README's table of keys come from it.
public final class TemplateSchema: Sendable {
    public indirect enum Kind: Sendable {
        case text, html, number, flag
        case list(TemplateSchema)
        case object([Field])
    }

    public struct Field: Sendable {
        public let name: String
        public let schema: TemplateSchema
        public let optional: Bool

        public init(name: String, schema: TemplateSchema, optional: Bool) {
            self.name = name
            self.schema = schema
            self.optional = optional
        }

        /// A section over it always shows its content: it is never null, false or an empty list.
        public var alwaysShown: Bool {
            guard !optional else { return false }
            switch schema.kind {
            case .object, .text, .html, .number: return true
            case .flag, .list: return false
            }
        }
    }

    public let typeName: String
    public let kind: Kind

    public init(typeName: String, kind: Kind) {
        self.typeName = typeName
        self.kind = kind
    }

    public var fields: [Field] {
        if case .object(let fields) = kind { return fields }
        return []
    }

    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}
