/// Eight bytes of text read as one word, so that a test is made on all eight at once: a byte of
/// `word ^ c` is zero where the byte is `c`, and `(x - n·0x01…) & ~x & 0x80…` is non-zero exactly
/// when some byte of `x` is below `n` (for `n` up to 0x80). The escapers skip text eight bytes at
/// a time while no byte of a word needs them, and look at single bytes only near one that does.
///
/// Each test gives a mask, non-zero when it holds, so that several are joined with `|` and
/// compared once.
public struct ByteWord {
    @usableFromInline let bits: UInt64
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `start`, which must all be readable.
    @inlinable @inline(__always)
    public init(at start: UnsafePointer<UInt8>) {
        bits = UnsafeRawPointer(start).loadUnaligned(as: UInt64.self)
    }

    /// Non-zero when any of the eight bytes is `byte`.
    @inlinable @inline(__always)
    public func mask(of byte: UInt8) -> UInt64 {
        Self.below(bits ^ (Self.ones &* UInt64(byte)), 1)
    }

    /// Non-zero when any of the eight bytes is below `limit`, which is at most 0x80.
    @inlinable @inline(__always)
    public func mask(below limit: UInt8) -> UInt64 {
        Self.below(bits, limit)
    }

    @inlinable @inline(__always)
    static func below(_ x: UInt64, _ limit: UInt8) -> UInt64 {
        (x &- ones &* UInt64(limit)) & ~x & highs
    }

    /// The position of the first byte from `index` on that `Escaped` must replace, or `count`:
    /// eight bytes at a time while none of them is one, then byte by byte. Both escapers (HTML,
    /// JSON) copy the text in runs between the positions it gives.
    @inlinable @inline(__always)
    public static func firstStop<Escaped: EscapedBytes>(
        of _: Escaped.Type, in base: UnsafePointer<UInt8>, count: Int, from index: Int
    ) -> Int {
        var index = index
        while index < count {
            while index + 8 <= count, !Escaped.isAmong(ByteWord(at: base + index)) { index += 8 }
            let end = min(index + 8, count)
            while index < end, !Escaped.isAmong(base[index]) { index += 1 }
            if index < end { return index }
        }
        return count
    }
}

/// The bytes an escaper replaces, tested a word (`ByteWord`) or a byte at a time.
public protocol EscapedBytes {
    /// Whether any of the word's eight bytes is one of them.
    static func isAmong(_ word: ByteWord) -> Bool
    static func isAmong(_ byte: UInt8) -> Bool
}
