#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Searches for ASCII bytes in a string's UTF-8 with the C library's `memchr`, which looks at many
/// bytes at once: a loop over `String.utf8` takes several nanoseconds a byte, and the body parsers
/// look through every text of every briefing (4% of a 10,000-briefing build's CPU before).
enum ByteSearch {
    /// The offset of the first `byte` at or after `start`, or nil.
    static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        precondition(start >= 0, "a search starts at a byte of the text")
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The offset of the first `first` right followed by `second`, at or after `start`, or nil.
    static func first(_ first: UInt8, then second: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var at = start
        while let found = Self.first(first, in: bytes, from: at) {
            if found + 1 < bytes.count, bytes[found + 1] == second { return found }
            at = found + 1
        }
        return nil
    }

    /// Whether `text` holds the byte `first` right followed by `second`.
    static func contains(_ first: UInt8, then second: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { Self.first(first, then: second, in: $0, from: 0) != nil }
    }

    /// Where each line of `text` starts (0 first), and one past its end if the last line does not
    /// end with a newline.
    static func lineStarts(_ text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var starts = [0]
            var at = 0
            while let newline = first(UInt8(ascii: "\n"), in: bytes, from: at) {
                at = newline + 1
                starts.append(at)
            }
            if starts.last != bytes.count { starts.append(bytes.count) }
            return starts
        }
    }
}
