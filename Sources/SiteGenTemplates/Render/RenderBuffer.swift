/// The bytes of a page as the renderer makes them, in memory it owns and grows by doubling:
/// appending a piece is a bounds check and a copy, where `Array.append(contentsOf:)` checked
/// that its storage was unique and went through its generic path for each piece. With the page
/// copied once into an array at the end, the templates' instructions are 6% fewer than with an
/// array throughout (callgrind, BENCHMARKS.md).
struct RenderBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The bytes so far, valid until the next change.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Appends a piece, which must not point into this buffer (growing it would free the piece).
    @inline(__always)
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let from = piece.baseAddress else { return }
        let length = piece.count
        if count + length > capacity { grow(toHold: count + length) }
        UnsafeMutableRawPointer(start + count).copyMemory(from: from, byteCount: length)
        count += length
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    mutating func removeAll() { count = 0 }

    private mutating func grow(toHold needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.initialize(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = size
    }
}
