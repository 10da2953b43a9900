/// The keys a typed context declares, read from the type itself: Swift's synthesised
/// `Decodable` initialiser asks a probing decoder for each stored property in turn, with its
/// type, so the struct's declaration is the schema. Template checks and the README's table of
/// keys come from it.
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

    init(typeName: String, kind: Kind) {
        self.typeName = typeName
        self.kind = kind
    }

    public var fields: [Field] {
        if case .object(let fields) = kind { return fields }
        return []
    }

    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }

    /// The schema of a context type.
    public static func of<T: Decodable>(_ type: T.Type) -> TemplateSchema {
        SchemaProbe.schema(of: type)
    }
}
