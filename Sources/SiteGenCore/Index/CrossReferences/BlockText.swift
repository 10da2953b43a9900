/// The plain text of one block (a paragraph or a heading) as UTF-8 bytes, with where each inline
/// node's text lies in it, so that a match in the text can be traced back to the tree.
struct BlockText {
    struct Segment {
        var node: Int
        var start: Int
        var end: Int
        /// Text that automatic mentions may be found in: not code, not the text of a link.
        var scannable: Bool
        /// The link or image node this text is part of, if any.
        var link: Int?
    }

    private(set) var bytes: [UInt8] = []
    private(set) var segments: [Segment] = []
    /// Runs of scannable text (with the spaces of line breaks between them), as byte ranges.
    private(set) var scannableRuns: [Range<Int>] = []

    init(block: Int, in document: MarkdownDocument) {
        var links: [Int] = []
        var runStart: Int?
        func closeRun() {
            if let start = runStart, start < bytes.count { scannableRuns.append(start..<bytes.count) }
            runStart = nil
        }
        for event in document.walk(from: block) where event.index != block {
            let kind = document.kinds[event.index]
            switch kind {
            case .link, .image:
                if event.entering { links.append(event.index) } else { links.removeLast() }
            case .text(let literal), .code(let literal):
                var scannable = links.isEmpty
                if case .code = kind { scannable = false }
                if scannable { runStart = runStart ?? bytes.count } else { closeRun() }
                let start = bytes.count
                bytes += literal.utf8
                segments.append(Segment(node: event.index, start: start, end: bytes.count, scannable: scannable, link: links.last))
            case .softBreak, .lineBreak:
                bytes.append(0x20)
            default:
                break
            }
        }
        closeRun()
    }

    /// The text as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The byte range of a link's text.
    func range(ofLink link: Int) -> Range<Int>? {
        let parts = segments.filter { $0.link == link }
        guard let first = parts.first, let last = parts.last else { return nil }
        return first.start..<last.end
    }

    /// The scannable text node that holds a whole range, if one does.
    func textNode(holding range: Range<Int>) -> Segment? {
        segments.first { $0.scannable && $0.start <= range.lowerBound && range.upperBound <= $0.end }
    }

    /// Whether the bytes around a range are not letters or digits, so it is a whole word (or words).
    /// A possessive ("NATO's") still counts: the apostrophe ends the word.
    func isWholeWord(_ range: Range<Int>) -> Bool {
        !isWordCharacter(endingAt: range.lowerBound) && !isWordCharacter(startingAt: range.upperBound)
    }

    private func isWordCharacter(startingAt offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return Self.isWordScalar(bytes[offset..<end])
    }

    private func isWordCharacter(endingAt offset: Int) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return Self.isWordScalar(bytes[start..<offset])
    }

    private static func isWordScalar(_ bytes: ArraySlice<UInt8>) -> Bool {
        if let first = bytes.first, first < 0x80 {
            return (0x30...0x39).contains(first) || (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
