/// A value of type `T` already turned into the value model, for parts made once and shown on
/// many pages (a briefing's card): it is that value, with `T`'s keys and schema.
public struct Encoded<T: TemplateObjectConvertible>: TemplateObjectConvertible, Sendable {
    public let templateValue: TemplateValue

    public init(_ typed: T) {
        templateValue = typed.templateValue
    }

    public static var templateKeys: [String] { T.templateKeys }
    public static var templateShape: TemplateShape { T.templateShape }
    public static var templateFields: [TemplateSchema.Field] { T.templateFields }
    public static var templateSchema: TemplateSchema { TemplateSchema(typeName: "\(Self.self)", kind: .object(templateFields)) }

    /// Its values, when it starts a larger object (`Merged`).
    @inlinable
    public func appendTemplateValues(to values: inout TemplateObjectValues) {
        if case .object(let object) = templateValue { values.append(contentsOf: object.values) }
    }
}
