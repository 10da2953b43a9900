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

    /// The UTF-8 bytes of text (`trusted` for `.html`) stored in a buffer of its own, valid while
    /// the value lives (see `String.bytesInPlace`); nil for other values and for short text.
    @inline(__always)
    var storedText: (bytes: UnsafeBufferPointer<UInt8>, trusted: Bool)? {
        switch self {
        case .string(let text): text.bytesInPlace.map { ($0, false) }
        case .html(let html): html.html.bytesInPlace.map { ($0, true) }
        default: nil
        }
    }
}

extension String {
    /// The UTF-8 bytes of a string too long to be kept inline (up to 15 bytes on 64-bit
    /// platforms, 10 on 32-bit), whose bytes would be a copy's, gone on return. A longer string's
    /// bytes are in its storage object (or, for a literal, in the program), which every copy of
    /// the string shares: so the pointer outlives the closure that
    /// `withContiguousStorageIfAvailable` promises it for, for as long as the string it came from
    /// is held. The renderer reads it before anything else runs, from values its context holds
    /// for the whole render (EscapingTests covers objects, lists and lazy lists).
    @inline(__always)
    var bytesInPlace: UnsafeBufferPointer<UInt8>? {
        guard utf8.count > 15 else { return nil }
        return utf8.withContiguousStorageIfAvailable { $0 }
    }

    /// Calls `body` with the string's UTF-8 bytes: in place for native strings, through a copy
    /// for others.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
