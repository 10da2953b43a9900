/// An object of the value model: a shape and one value per key of it. A class, so that the
/// renderer's lookups copy one reference, not two.
public final class TemplateObject: Sendable {
    public let shape: TemplateShape
    public let values: [TemplateValue]

    public init(shape: TemplateShape, values: [TemplateValue]) {
        precondition(shape.keys.count == values.count, "an object needs one value per key of its shape")
        self.shape = shape
        self.values = values
    }

    /// An object of its own shape, for values made by hand (tests, JSON); pages use shared shapes.
    public convenience init(_ pairs: KeyValuePairs<String, TemplateValue>) {
        self.init(shape: TemplateShape(keys: pairs.map(\.key)), values: pairs.map(\.value))
    }

    public convenience init(_ dictionary: [String: TemplateValue]) {
        let keys = dictionary.keys.sorted()
        self.init(shape: TemplateShape(keys: keys), values: keys.map { dictionary[$0]! })
    }

    @inline(__always)
    func value(forKey key: Int) -> TemplateValue? {
        shape.slot(key).map { values[$0] }
    }

    public subscript(name: String) -> TemplateValue? {
        value(forKey: TemplateKey.id(name))
    }
}
