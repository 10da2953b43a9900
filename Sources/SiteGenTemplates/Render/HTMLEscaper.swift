/// HTML escaping as bytes are appended: `<`, `>`, `&`, `"` and `'`; text with none of them is
/// copied in one go.
public enum HTMLEscaper {
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        // The five are all below 0x40: one comparison rules out most bytes of text.
        byte < 0x40 && (byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27)
    }

    static func append(_ text: String, to output: inout [UInt8]) {
        // Native strings hand out their bytes in place; only others are copied first.
        if text.utf8.withContiguousStorageIfAvailable({ append($0, to: &output) }) != nil { return }
        var copy = text
        copy.withUTF8 { append($0, to: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for index in 0..<bytes.count where needsEscape(bytes[index]) {
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            switch bytes[index] {
            case 0x3C: output.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: output.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x26: output.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x22: output.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            default: output.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            }
            runStart = index + 1
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// The escaped form of a whole string (for the rest of sitegen: feeds, attributes).
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
