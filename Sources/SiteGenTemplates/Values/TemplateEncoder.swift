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

    /// Shapes by the coding-key types of the objects that use them (two for a `Merged` pair).
    private static let shapes = Mutex<[ShapeKey: TemplateShape]>([:])

    struct ShapeKey: Hashable {
        var first: ObjectIdentifier
        var second: ObjectIdentifier?
        var count = 0
    }

    static func shape(for key: ShapeKey) -> TemplateShape? {
        shapes.withLock { $0[key] }
    }

    static func remember(_ shape: TemplateShape, for key: ShapeKey) {
        shapes.withLock { $0[key] = shape }
    }

    /// The encoder of one value: a scalar, a list or an object. An object of a type seen before
    /// reuses its shape and checks each key against it as it comes, so only its values are stored.
    final class Node: Encoder {
        var value: TemplateValue = .null
        var list: [TemplateValue]?
        private var values: [TemplateValue]?
        /// Keys written down only while the object's shape is not known yet (or does not match).
        private var keys: [String] = []
        private var shapeKey: ShapeKey?
        private var known: TemplateShape?
        private var matches = true
        /// The encoder of this one's nested values, kept for the next: they are encoded one at a time.
        private var spare: Node?
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        /// A nested value, through an encoder reused from the previous one.
        func child(_ nested: some Encodable) -> TemplateValue {
            let node = spare ?? Node()
            spare = nil
            do { try nested.encode(to: node) } catch { preconditionFailure("a template context failed to encode: \(error)") }
            let result = node.finish()
            node.reset()
            spare = node
            return result
        }

        private func reset() {
            value = .null
            list = nil
            values = nil
            keys.removeAll(keepingCapacity: true)
            shapeKey = nil
            known = nil
            matches = true
        }

        func finish() -> TemplateValue {
            if let values, let shapeKey {
                if let known, matches, known.keys.count == values.count { return .object(TemplateObject(shape: known, values: values)) }
                let keys = matches && known != nil ? Array(known!.keys.prefix(values.count)) : self.keys
                let shape = TemplateShape(keys: keys)
                if known == nil { TemplateEncoder.remember(shape, for: shapeKey) }
                return .object(TemplateObject(shape: shape, values: values))
            }
            if let list { return .list(list) }
            return value
        }

        func set(_ key: String, _ value: TemplateValue) {
            let position = values!.count
            if let known, matches {
                if position < known.keys.count, known.keys[position] == key {
                    values!.append(value)
                    return
                }
                // Not the shape this type had before: write the keys down after all.
                matches = false
                keys = Array(known.keys.prefix(position))
            }
            keys.append(key)
            values!.append(value)
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let id = ObjectIdentifier(Key.self)
            if shapeKey == nil, case .object(let prebuilt) = value {
                // An object made before (an `Encoded` card), merged with more keys: it starts this one.
                value = .null
                values = prebuilt.values
                keys = prebuilt.shape.keys
                known = nil
                shapeKey = ShapeKey(first: ObjectIdentifier(prebuilt.shape))
            }
            if var shapeKey {
                // A second container on the same encoder: a `Merged` pair of types.
                if shapeKey.first != id, shapeKey.second == nil {
                    shapeKey.second = id
                    shapeKey.count = values?.count ?? 0
                    self.shapeKey = shapeKey
                    adopt(TemplateEncoder.shape(for: shapeKey))
                }
            } else {
                let key = ShapeKey(first: id)
                shapeKey = key
                values = []
                adopt(TemplateEncoder.shape(for: key))
            }
            return KeyedEncodingContainer(KeyedContainer<Key>(node: self))
        }

        private func adopt(_ shape: TemplateShape?) {
            guard let shape else {
                if let known, matches { keys = Array(known.keys.prefix(values?.count ?? 0)) }
                known = nil
                return
            }
            let written = values?.count ?? 0
            if let known, matches {
                guard shape.keys.starts(with: known.keys.prefix(written)) else {
                    keys = Array(known.keys.prefix(written))
                    self.known = nil
                    return
                }
            } else if written > 0 {
                guard shape.keys.starts(with: keys) else { return }
            }
            known = shape
            matches = true
            values?.reserveCapacity(shape.keys.count)
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if list == nil { list = [] }
            return UnkeyedContainer(node: self)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(node: self) }
    }
}
