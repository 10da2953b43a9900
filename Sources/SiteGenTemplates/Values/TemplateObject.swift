/// An object of the value model: a shape and one value per key of it. A class, so that the
/// renderer's lookups copy one reference, not two.
///
/// The values live in a buffer the object owns, written once in `init` and only read after: the
/// renderer reads them where they are, through pointers that stay valid while the object lives,
/// instead of copying (and retaining) each value it looks up.
public final class TemplateObject: @unchecked Sendable {
    public let shape: TemplateShape
    private let storage: UnsafeMutableBufferPointer<TemplateValue>

    /// An object of this shape whose values `make` writes, one per key in the shape's order.
    public init(shape: TemplateShape, making make: (inout TemplateObjectValues) -> Void) {
        self.shape = shape
        let count = shape.keys.count
        storage = UnsafeMutableBufferPointer(start: .allocate(capacity: max(count, 1)), count: count)
        var values = TemplateObjectValues(base: storage.baseAddress!, capacity: count)
        make(&values)
        precondition(values.count == count, "an object needs one value per key of its shape")
    }

    public convenience init(shape: TemplateShape, values: [TemplateValue]) {
        self.init(shape: shape) { object in values.withUnsafeBufferPointer { object.append(contentsOf: $0) } }
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// An object of its own shape, for values made by hand (tests, JSON); pages use shared shapes.
    public convenience init(_ pairs: KeyValuePairs<String, TemplateValue>) {
        self.init(shape: TemplateShape(keys: pairs.map(\.key)), values: pairs.map(\.value))
    }

    public convenience init(_ dictionary: [String: TemplateValue]) {
        let keys = dictionary.keys.sorted()
        self.init(shape: TemplateShape(keys: keys), values: keys.map { dictionary[$0]! })
    }

    /// One value per key of the shape, in its order; valid while the object lives.
    public var values: UnsafeBufferPointer<TemplateValue> { UnsafeBufferPointer(storage) }

    /// Where the value of an interned key is stored, or nil.
    @inline(__always)
    func place(ofKey key: Int) -> UnsafePointer<TemplateValue>? {
        shape.slot(key).map { UnsafePointer(storage.baseAddress! + $0) }
    }

    public subscript(name: String) -> TemplateValue? {
        place(ofKey: TemplateKey.id(name))?.pointee
    }
}
