extension TemplateEncoder {
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) { node.set(key.stringValue, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) { node.set(key.stringValue, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) { node.set(key.stringValue, .string(value)) }
        mutating func encode(_ value: Int, forKey key: Key) { node.set(key.stringValue, .int(value)) }
        mutating func encode(_ value: Double, forKey key: Key) { node.set(key.stringValue, .double(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) { node.set(key.stringValue, node.child(value)) }

        // nil becomes null rather than a missing key, so that every object of a type has its shape.
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { node.set(key.stringValue, value.map { .bool($0) } ?? .null) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
            node.set(key.stringValue, value.map { .string($0) } ?? .null)
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { node.set(key.stringValue, value.map { .int($0) } ?? .null) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) {
            node.set(key.stringValue, value.map { .double($0) } ?? .null)
        }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) {
            node.set(key.stringValue, value.map { node.child($0) } ?? .null)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            preconditionFailure("template contexts use nested types, not nested containers")
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            preconditionFailure("template contexts use nested types, not nested containers")
        }
        mutating func superEncoder() -> Encoder { preconditionFailure("template contexts do not inherit") }
        mutating func superEncoder(forKey key: Key) -> Encoder { preconditionFailure("template contexts do not inherit") }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [CodingKey] { [] }
        var count: Int { node.list?.count ?? 0 }

        mutating func encodeNil() { node.list!.append(.null) }
        mutating func encode(_ value: String) { node.list!.append(.string(value)) }
        mutating func encode(_ value: Int) { node.list!.append(.int(value)) }
        mutating func encode(_ value: Bool) { node.list!.append(.bool(value)) }
        mutating func encode<T: Encodable>(_ value: T) { node.list!.append(node.child(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            preconditionFailure("template contexts use nested types, not nested containers")
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            preconditionFailure("template contexts use nested types, not nested containers")
        }
        mutating func superEncoder() -> Encoder { preconditionFailure("template contexts do not inherit") }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil() { node.value = .null }
        mutating func encode(_ value: Bool) { node.value = .bool(value) }
        mutating func encode(_ value: String) { node.value = .string(value) }
        mutating func encode(_ value: Int) { node.value = .int(value) }
        mutating func encode(_ value: Double) { node.value = .double(value) }
        mutating func encode<T: Encodable>(_ value: T) { node.value = node.child(value) }
    }
}
