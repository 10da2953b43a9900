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
        // Cut at a space, found on the bytes.
        var ellipsisBefore = false
        if cutStart, let space = (start..<range.lowerBound).first(where: { isSpace(bytes, at: $0, before: range.lowerBound) }) {
            start = space + 1
            ellipsisBefore = true
        }
        var ellipsisAfter = false
        if cutEnd, let space = (range.upperBound..<end).last(where: { isSpace(bytes, at: $0, before: end) }) {
            end = space
            ellipsisAfter = true
        }
        if !ellipsisBefore {
            while start < range.lowerBound, isSpace(bytes, at: start, before: range.lowerBound) { start += 1 }
        }
        let before = String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)
        let after = String(decoding: bytes[range.upperBound..<end], as: UTF8.self)
        return Snippet(
            before: ellipsisBefore ? "…" + before : before, term: String(decoding: bytes[range], as: UTF8.self),
            after: ellipsisAfter ? after + "…" : after)
    }

    /// Whether the byte at `index` is a space that is a character of its own, in the text that
    /// ends at `limit`: a combining accent or a joiner after a space makes the two one character,
    /// which is not a place to cut (as when the text was cut by `Character`). A prepended
    /// character before a space (U+0600 and the like), which joins it too, is not looked for.
    private static func isSpace(_ bytes: [UInt8], at index: Int, before limit: Int) -> Bool {
        guard bytes[index] == 0x20 else { return false }
        guard index + 1 < limit, bytes[index + 1] >= 0x80 else { return true }
        // The next scalar is at most four bytes long.
        return String(decoding: bytes[index..<min(index + 5, limit)], as: UTF8.self).first == " "
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
}
