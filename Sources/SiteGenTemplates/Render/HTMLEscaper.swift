/// HTML escaping as bytes are appended: `<`, `>`, `&`, `"` and `'`; text with none of them is
/// copied in one go.
public enum HTMLEscaper: EscapedBytes {
    @inline(__always)
    public static func isAmong(_ byte: UInt8) -> Bool {
        // The five are all below 0x40: one comparison rules out most bytes of text.
        byte < 0x40 && (byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27)
    }

    /// Whether any of eight bytes is one of the five.
    @inline(__always)
    public static func isAmong(_ word: ByteWord) -> Bool {
        (word.mask(of: 0x3C) | word.mask(of: 0x3E) | word.mask(of: 0x26) | word.mask(of: 0x22) | word.mask(of: 0x27)) != 0
    }

    static func append(_ text: String, to output: inout RenderBuffer) {
        text.withUTF8Bytes { append($0, to: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout RenderBuffer) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var run = 0
        while run < count {
            let at = ByteWord.firstStop(of: Self.self, in: base, count: count, from: run)
            if run < at { output.append(UnsafeBufferPointer(start: base + run, count: at - run)) }
            guard at < count else { return }
            switch base[at] {
            case 0x3C: output.append("&lt;")
            case 0x3E: output.append("&gt;")
            case 0x26: output.append("&amp;")
            case 0x22: output.append("&quot;")
            default: output.append("&#39;")
            }
            run = at + 1
        }
    }

    /// The escaped form of a whole string (for the rest of sitegen: feeds, attributes).
    public static func escape(_ text: String) -> String {
        var output = RenderBuffer(capacity: text.utf8.count + 16)
        append(text, to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }
}
