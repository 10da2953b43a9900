/// Cuts the sentence around a mention out of a block's plain text.
enum Snippets {
    /// The longest stretch kept on either side of the term; a longer sentence is cut with "…".
    static let reach = 160

    static func sentence(around range: Range<Int>, in bytes: [UInt8]) -> Snippet {
        // Back to just after the previous ". ", "! " or "? ", or the start of the block.
        var start = range.lowerBound
        var cutStart = false
        while start > 0 {
            if start >= 2, isTerminator(bytes[start - 2]), bytes[start - 1] == 0x20 { break }
            if range.lowerBound - start >= reach {
                cutStart = true
                break
            }
            start -= 1
        }
        // On to the next terminator followed by a space or the end of the block.
        var end = range.upperBound
        var cutEnd = false
        while end < bytes.count {
            if isTerminator(bytes[end]), end + 1 == bytes.count || bytes[end + 1] == 0x20 {
                end += 1
                break
            }
            if end - range.upperBound >= reach {
                cutEnd = true
                break
            }
            end += 1
        }
        // Cut at a space, on the bytes (a space is one byte, so each cut falls between characters).
        var ellipsisBefore = false
        if cutStart, let space = bytes[start..<range.lowerBound].firstIndex(of: 0x20) {
            start = space + 1
            ellipsisBefore = true
        }
        var ellipsisAfter = false
        if cutEnd, let space = bytes[range.upperBound..<end].lastIndex(of: 0x20) {
            end = space
            ellipsisAfter = true
        }
        if !ellipsisBefore {
            while start < range.lowerBound, bytes[start] == 0x20 { start += 1 }
        }
        let before = String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)
        let after = String(decoding: bytes[range.upperBound..<end], as: UTF8.self)
        return Snippet(
            before: ellipsisBefore ? "…" + before : before, term: String(decoding: bytes[range], as: UTF8.self),
            after: ellipsisAfter ? after + "…" : after)
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
}
