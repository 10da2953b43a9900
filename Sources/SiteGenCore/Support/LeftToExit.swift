/// Values that are never freed: the process exits soon after, and the exit takes back their
/// memory at once, where freeing them would take one release per object.
enum LeftToExit {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
