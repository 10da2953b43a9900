/// The decoder behind `TemplateSchema.of`: it decodes a value of the type from nothing, and
/// notes each key asked for and the type asked for it.
enum SchemaProbe {
    struct Unsupported: Error {}

    static func schema<T: Decodable>(of type: T.Type) -> TemplateSchema {
        if type == String.self { return TemplateSchema(typeName: "String", kind: .text) }
        if type == TrustedHTML.self { return TemplateSchema(typeName: "TrustedHTML", kind: .html) }
        if type == Bool.self { return TemplateSchema(typeName: "Bool", kind: .flag) }
        if type == Int.self || type == Double.self { return TemplateSchema(typeName: "\(type)", kind: .number) }
        let decoder = Probe()
        _ = try? T(from: decoder)
        if let element = decoder.element { return TemplateSchema(typeName: "\(type)", kind: .list(element)) }
        return TemplateSchema(typeName: "\(type)", kind: .object(decoder.fields))
    }

    final class Probe: Decoder {
        var fields: [TemplateSchema.Field] = []
        var element: TemplateSchema?
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Keyed<Key>(probe: self))
        }

        func unkeyedContainer() throws -> UnkeyedDecodingContainer { Unkeyed(probe: self) }

        func singleValueContainer() throws -> SingleValueDecodingContainer { Single() }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let probe: Probe
        var codingPath: [CodingKey] { [] }
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { false }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            probe.fields.append(.init(name: key.stringValue, schema: SchemaProbe.schema(of: type), optional: false))
            return try SchemaProbe.placeholder(type)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            probe.fields.append(.init(name: key.stringValue, schema: SchemaProbe.schema(of: type), optional: true))
            return nil
        }

        // Optional scalars come through overloads of their own, which must say optional too.
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type, key) }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type, key) }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type, key) }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type, key) }

        private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
            probe.fields.append(.init(name: key.stringValue, schema: SchemaProbe.schema(of: type), optional: true))
            return nil
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            throw Unsupported()
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { throw Unsupported() }
        func superDecoder() throws -> Decoder { throw Unsupported() }
        func superDecoder(forKey key: Key) throws -> Decoder { throw Unsupported() }
    }

    /// A list answers with one element, whose type is the list's element schema.
    struct Unkeyed: UnkeyedDecodingContainer {
        let probe: Probe
        var codingPath: [CodingKey] { [] }
        var count: Int? { 1 }
        var isAtEnd: Bool { probe.element != nil }
        var currentIndex: Int { probe.element == nil ? 0 : 1 }

        mutating func decodeNil() throws -> Bool { false }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            probe.element = SchemaProbe.schema(of: type)
            return try SchemaProbe.placeholder(type)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            throw Unsupported()
        }
        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { throw Unsupported() }
        mutating func superDecoder() throws -> Decoder { throw Unsupported() }
    }

    /// Scalars decode as empty values: the probe only needs their type.
    struct Single: SingleValueDecodingContainer {
        var codingPath: [CodingKey] { [] }
        func decodeNil() -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try SchemaProbe.placeholder(type) }
    }

    /// Some value of the type, so that decoding goes on to the next key.
    static func placeholder<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: return "" as! T
        case is Bool.Type: return false as! T
        case is Int.Type: return 0 as! T
        case is Double.Type: return 0.0 as! T
        default: return try T(from: Probe())
        }
    }
}
