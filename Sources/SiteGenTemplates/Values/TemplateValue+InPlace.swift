/// Reads of a value where it is stored, for the renderer: neither copies (and so retains) what
/// the value holds. Each is inlined where it is used, with no call between the read and its
/// use, so that the optimizer drops the copy its pattern match would otherwise make.
extension TemplateValue {
    /// The object this value is, unretained: valid while the value lives.
    @inline(__always)
    var unretainedObject: Unmanaged<TemplateObject>? {
        guard case .object(let object) = self else { return nil }
        return Unmanaged.passUnretained(object)
    }

    /// The UTF-8 bytes of text (`trusted` for `.html`) that is stored in a buffer of its own,
    /// valid while the value lives. Nil for other values and for short text, which a string keeps
    /// inline (up to 15 bytes on 64-bit platforms, 10 on 32-bit): its bytes would be a copy's,
    /// gone on return. A longer string's bytes are in its storage object (or, for a literal, in
    /// the program), which every copy of the string shares: so the pointer outlives the closure
    /// that `withContiguousStorageIfAvailable` promises it for, for as long as the value holds
    /// the string. The renderer reads it before anything else runs, from values that its context
    /// holds for the whole render (EscapingTests covers objects, lists and lazy lists).
    @inline(__always)
    var storedText: (bytes: UnsafeBufferPointer<UInt8>, trusted: Bool)? {
        switch self {
        case .string(let text):
            guard text.utf8.count > 15, let bytes = text.utf8.withContiguousStorageIfAvailable({ $0 }) else { return nil }
            return (bytes, false)
        case .html(let html):
            guard html.html.utf8.count > 15, let bytes = html.html.utf8.withContiguousStorageIfAvailable({ $0 }) else { return nil }
            return (bytes, true)
        default: return nil
        }
    }
}
