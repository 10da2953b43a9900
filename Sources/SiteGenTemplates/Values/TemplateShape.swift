import Synchronization

/// The keys of a kind of object, in order, with a table from interned key to position: objects
/// of one shape (every card, every entity link) share it and store only their values.
///
/// The table is a buffer of its own, written once in `init` and only read after, so the shape
/// can be shared between threads.
public final class TemplateShape: @unchecked Sendable {
    public let keys: [String]
    private let slots: UnsafeMutableBufferPointer<Int32>

    public init(keys: [String]) {
        self.keys = keys
        let ids = keys.map(TemplateKey.id)
        slots = .allocate(capacity: (ids.max() ?? -1) + 1)
        slots.initialize(repeating: -1)
        for (position, id) in ids.enumerated() where slots[id] < 0 { slots[id] = Int32(position) }
    }

    deinit { slots.deallocate() }

    /// One shape per generic type, which cannot have a stored static property of its own
    /// (`Merged<A, B>`, `Items<T>`).
    public static func shared(for type: Any.Type, keys: @autoclosure () -> [String]) -> TemplateShape {
        let id = ObjectIdentifier(type)
        if let shape = sharedShapes.withLock({ $0[id] }) { return shape }
        let shape = TemplateShape(keys: keys())
        return sharedShapes.withLock { shapes in
            if let existing = shapes[id] { return existing }
            shapes[id] = shape
            return shape
        }
    }

    private static let sharedShapes = Mutex<[ObjectIdentifier: TemplateShape]>([:])

    /// The position of an interned key in this shape's objects, or nil.
    @inline(__always)
    func slot(_ key: Int) -> Int? {
        guard key < slots.count else { return nil }
        let slot = slots[key]
        return slot < 0 ? nil : Int(slot)
    }
}
