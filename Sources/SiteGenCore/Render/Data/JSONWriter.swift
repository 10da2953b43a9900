import SiteGenTemplates

/// Writes JSON straight into bytes: compact, in the order it is told (so keys must be written
/// sorted for stable output), with `<`, `>` and `&` escaped so the text is safe inside HTML too.
/// Much faster than `JSONEncoder` on the large cross-reference index.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Where the bytes go once a megabyte has gathered, when they are streamed.
    private let emit: (([UInt8]) -> Void)?

    /// With `emit`, the bytes are handed on a megabyte at a time (and at `finish()`), not kept.
    /// `capacity` is reserved at once: a page's structured data grew its array by doubling, a
    /// tenth of the instructions of writing it.
    init(capacity: Int = 0, streamingTo emit: (([UInt8]) -> Void)? = nil) {
        self.emit = emit
        bytes.reserveCapacity(capacity)
    }

    /// Ends the text with a newline and hands on what is left.
    mutating func finish() {
        bytes.append(0x0A)
        emit?(bytes)
        if emit != nil { bytes.removeAll() }
    }
    /// For each open object or array: whether it has an element yet.
    private var started: [Bool] = []

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A key of the open object; its value comes next.
    mutating func key(_ name: String) {
        separate()
        write(name)
        bytes.append(UInt8(ascii: ":"))
        pendingValue = true
    }

    mutating func string(_ value: String) {
        separate()
        write(value)
    }

    mutating func int(_ value: Int) {
        separate()
        bytes += String(value).utf8
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// `"key":"value"`, left out when there is no value.
    mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// `"key":[…]`, each item written by `write`; left out when there are none.
    mutating func list<Items: Collection>(_ name: String, _ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        guard !items.isEmpty else { return }
        key(name)
        beginArray()
        for item in items { write(&self, item) }
        endArray()
    }

    // MARK: - Internals

    /// Set after a key: the value that follows needs no comma.
    private var pendingValue = false

    private mutating func separate() {
        if pendingValue {
            pendingValue = false
            return
        }
        if let last = started.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            started[started.count - 1] = true
        }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        started.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        started.removeLast()
        bytes.append(bracket)
        if let emit, bytes.count >= 1 << 20 {
            emit(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// A value written already by a JSONWriter (its `bytes`), put in as it is.
    mutating func encoded(_ json: [UInt8]) {
        separate()
        bytes += json
    }

    private mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(utf8: $0) }
    }

    /// Most text needs no escape: it is tested eight bytes at a time (`ByteWord`) and copied in
    /// runs between the bytes that do.
    private mutating func write(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        if let base = text.baseAddress {
            let count = text.count
            var run = 0
            while run < count {
                let at = ByteWord.firstStop(of: Escaped.self, in: base, count: count, from: run)
                if run < at { bytes.append(contentsOf: UnsafeBufferPointer(start: base + run, count: at - run)) }
                guard at < count else { break }
                escape(base[at])
                run = at + 1
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Control characters and `" \\ < > &`.
    enum Escaped: EscapedBytes {
        @inline(__always)
        static func isAmong(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
        }

        @inline(__always)
        static func isAmong(_ word: ByteWord) -> Bool {
            (word.mask(below: 0x20) | word.mask(of: UInt8(ascii: "\"")) | word.mask(of: UInt8(ascii: "\\"))
                | word.mask(of: UInt8(ascii: "<")) | word.mask(of: UInt8(ascii: ">")) | word.mask(of: UInt8(ascii: "&"))) != 0
        }
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        default:
            // Other control characters, and < > & so that the text is safe inside HTML too.
            let hex = Array("0123456789abcdef".utf8)
            bytes += [
                UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
            ]
        }
    }
}
