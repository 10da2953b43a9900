import Synchronization

/// Turns a typed context — any `Encodable` value, usually a struct per page kind — into the
/// engine's value model. The struct's stored properties are its keys: Swift synthesises the
/// encoding, so nothing is reflected and no key is written twice. Optionals that are nil become
/// null; objects of one type share one `TemplateShape`.
public enum TemplateEncoder {
    public static func encode(_ value: some Encodable) -> TemplateValue {
        let node = Node()
        // The containers below never throw; a type whose own `encode(to:)` does is a programming error.
        do { try value.encode(to: node) } catch { preconditionFailure("a template context failed to encode: \(error)") }
        return node.finish()
    }

    /// Shapes by the coding-key type of the objects that use them.
    private static let shapes = Mutex<[ObjectIdentifier: TemplateShape]>([:])

    static func shape(for type: Any.Type, keys: [String]) -> TemplateShape {
        let id = ObjectIdentifier(type)
        if let shape = shapes.withLock({ $0[id] }), shape.keys == keys { return shape }
        let shape = TemplateShape(keys: keys)
        shapes.withLock { $0[id] = shape }
        return shape
    }

    /// The encoder of one value: a scalar, a list or an object.
    final class Node: Encoder {
        var value: TemplateValue = .null
        var object: ObjectStorage?
        var list: ListStorage?
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func finish() -> TemplateValue {
            if let object { return .object(TemplateObject(shape: TemplateEncoder.shape(for: object.type, keys: object.keys), values: object.values)) }
            if let list { return .list(list.values) }
            return value
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let storage = object ?? ObjectStorage(type: Key.self)
            object = storage
            return KeyedEncodingContainer(KeyedContainer<Key>(storage: storage))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            let storage = list ?? ListStorage()
            list = storage
            return UnkeyedContainer(storage: storage)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(node: self) }
    }

    final class ObjectStorage {
        let type: Any.Type
        var keys: [String] = []
        var values: [TemplateValue] = []

        init(type: Any.Type) {
            self.type = type
            keys.reserveCapacity(8)
            values.reserveCapacity(8)
        }

        func set(_ key: String, _ value: TemplateValue) {
            keys.append(key)
            values.append(value)
        }
    }

    final class ListStorage {
        var values: [TemplateValue] = []
    }

    static func nested(_ value: some Encodable) -> TemplateValue {
        encode(value)
    }
}
