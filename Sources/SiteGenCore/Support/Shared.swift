/// A value kept behind one reference, so that a copy costs one retain however many strings and
/// arrays the value holds. It never changes in place: setting it makes a new box, so every copy
/// keeps what it had (value semantics without a uniqueness check). For values that are made once
/// and then copied between lists many times, such as a site's briefings and mentions: a change in
/// place (`shared.value.list.append(x)`) copies the whole value, and the list with it.
struct Shared<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        // Read in place: a getter would copy the whole value (each of its references retained)
        // to hand out one field.
        _read { yield box.value }
        set { box = Box(newValue) }
    }

    /// Whether both are copies of one value, which is then equal without comparing its fields.
    func isSame(as other: Shared) -> Bool { box === other.box }
}
