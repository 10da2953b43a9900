/// Where a `TemplateObject`'s values are written as it is made: straight into the object's own
/// buffer, one per key of its shape, in order. Contexts went through an array that the object
/// then copied: two allocations and a retain of every value for each object of a page.
public struct TemplateObjectValues: ~Copyable {
    @usableFromInline let base: UnsafeMutablePointer<TemplateValue>
    @usableFromInline let capacity: Int
    @usableFromInline private(set) var count = 0

    init(base: UnsafeMutablePointer<TemplateValue>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// The value of the next key.
    @inlinable
    public mutating func append(_ value: consuming TemplateValue) {
        precondition(count < capacity, "an object needs one value per key of its shape")
        (base + count).initialize(to: value)
        count += 1
    }

    /// The values of the next keys, copied.
    @inlinable
    public mutating func append(contentsOf values: UnsafeBufferPointer<TemplateValue>) {
        guard let from = values.baseAddress else { return }
        precondition(count + values.count <= capacity, "an object needs one value per key of its shape")
        (base + count).initialize(from: from, count: values.count)
        count += values.count
    }
}
