/// Cuts the sentence around a mention out of a block's plain text.
enum Snippets {
    /// The longest stretch kept on either side of the term; a longer sentence is cut with "…".
    static let reach = 160

    /// Where the sentence around `range` starts and ends, and whether either end was cut short
    /// at `reach` (where a word is then dropped and "…" put in its place).
    struct Bounds {
        var start: Int
        var cutStart = false
        var end: Int
        var cutEnd = false
    }

    static func bounds(around range: Range<Int>, in bytes: [UInt8]) -> Bounds {
        var bounds = Bounds(start: range.lowerBound, end: range.upperBound)
        // Back to just after the previous ". ", "! " or "? ", or the start of the block.
        while bounds.start > 0 {
            if bounds.start >= 2, isTerminator(bytes[bounds.start - 2]), bytes[bounds.start - 1] == 0x20 { break }
            if range.lowerBound - bounds.start >= reach {
                bounds.cutStart = true
                break
            }
            bounds.start -= 1
        }
        // On to the next terminator followed by a space or the end of the block.
        while bounds.end < bytes.count {
            if isTerminator(bytes[bounds.end]), bounds.end + 1 == bytes.count || bytes[bounds.end + 1] == 0x20 {
                bounds.end += 1
                break
            }
            if bounds.end - range.upperBound >= reach {
                bounds.cutEnd = true
                break
            }
            bounds.end += 1
        }
        return bounds
    }

    static func sentence(around range: Range<Int>, in bytes: [UInt8]) -> Snippet {
        let bounds = bounds(around: range, in: bytes)
        var (start, end) = (bounds.start, bounds.end)
        // Cut at a space, found on the bytes.
        var ellipsisBefore = false
        if bounds.cutStart, let space = (start..<range.lowerBound).first(where: { isSpace(bytes, at: $0, before: range.lowerBound) }) {
            start = space + 1
            ellipsisBefore = true
        }
        var ellipsisAfter = false
        if bounds.cutEnd, let space = (range.upperBound..<end).last(where: { isSpace(bytes, at: $0, before: end) }) {
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
