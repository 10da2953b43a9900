/// A value of type `T` already turned into the value model, for parts made once and shown on
/// many pages (a briefing's card): it encodes as that value and has `T`'s schema.
public struct Encoded<T: Codable & Sendable>: Codable, Sendable {
    public let value: TemplateValue

    public init(_ typed: T) {
        value = TemplateEncoder.encode(typed)
    }

    /// Only `TemplateSchema` decodes one, to learn `T`'s keys.
    public init(from decoder: Decoder) throws {
        _ = try T(from: decoder)
        value = .null
    }

    public func encode(to encoder: Encoder) throws {
        if let node = encoder as? TemplateEncoder.Node { node.value = value }
    }
}
