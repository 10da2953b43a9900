import Foundation

/// Finds wiki-links — `[[id]]`, `[[Name]]`, `[[id|shown text]]` — in the text of a Markdown body
/// and turns each into a link node, leaving code spans, code blocks and link text alone.
enum WikiLinkParser {
    static func extract(from document: inout MarkdownDocument, in file: ContentFile) -> [WikiLink] {
        let candidates = document.textNodes(outsideLinks: containsOpening)
        guard !candidates.isEmpty else { return [] }
        let sourceLines = SourceLines(file)
        var links: [WikiLink] = []
        for node in candidates {
            guard case .text(let literal) = document.kinds[node] else { continue }
            let pieces = split(literal)
            guard pieces.contains(where: { if case .link = $0 { true } else { false } }) else { continue }
            let (line, column) = (document[node].line, document[node].column)
            var last = node
            for (position, piece) in pieces.enumerated() {
                switch piece {
                case .text(let text):
                    last = document.place(.text(text), asPiece: position, of: node, after: last, line: line, column: column)
                case .link(let target, let label, let hasLabel):
                    let place = sourceLines.column(of: "[[" + target, onLine: line, from: column) ?? column
                    let link = document.place(
                        .link(url: "", title: ""), asPiece: position, of: node, after: last, line: line, column: place)
                    document.append(.text(label), line: line, column: place, to: link)
                    links.append(
                        WikiLink(
                            node: link, target: target, hasLabel: hasLabel,
                            location: SourceLocation(path: file.path, line: line, column: place)))
                    last = link
                }
            }
        }
        return links
    }

    /// Whether the text holds `[[`.
    static func containsOpening(_ text: String) -> Bool {
        ByteSearch.contains(UInt8(ascii: "["), then: UInt8(ascii: "["), in: text)
    }

    enum Piece: Equatable {
        case text(String)
        case link(target: String, label: String, hasLabel: Bool)
    }

    /// Splits text at its wiki-links. Brackets that hold nothing, a newline or more brackets stay text.
    /// Searched on the UTF-8 bytes: every bracket, bar and newline is one byte, so each piece
    /// starts and ends between Unicode scalars. (A combining mark right after a bracket or bar
    /// no longer hides it, as it did when the text was searched by Character.)
    static func split(_ text: String) -> [Piece] {
        var text = text
        return text.withUTF8(split)
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Piece] {
        func find(_ byte: UInt8, twiceFrom start: Int) -> Int? {
            ByteSearch.first(byte, then: byte, in: bytes, from: start)
        }
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        /// The text of `range` without the spaces and tabs (`.whitespaces`) at its ends: ASCII
        /// ones dropped from the bytes, and Foundation asked only when a non-ASCII byte is at an
        /// end (Foundation's trim took 80% of this function's time).
        func trimmed(_ range: Range<Int>) -> String {
            var (start, end) = (range.lowerBound, range.upperBound)
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            let text = string(start..<end)
            guard start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 else { return text }
            return text.trimmingCharacters(in: .whitespaces)
        }
        var pieces: [Piece] = []
        var textStart = 0
        var searchFrom = 0
        while let open = find(UInt8(ascii: "["), twiceFrom: searchFrom) {
            guard let close = find(UInt8(ascii: "]"), twiceFrom: open + 2) else { break }
            let inner = (open + 2)..<close
            guard !inner.isEmpty, !bytes[inner].contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == 0x0A })
            else {
                searchFrom = open + 2
                continue
            }
            let bar = bytes[inner].firstIndex(of: UInt8(ascii: "|"))
            let target = trimmed(inner.lowerBound..<(bar ?? close))
            let label = bar.map { trimmed(($0 + 1)..<close) } ?? target
            searchFrom = close + 2
            guard !target.isEmpty, !label.isEmpty else { continue }
            if textStart < open || pieces.isEmpty { pieces.append(.text(string(textStart..<open))) }
            pieces.append(.link(target: target, label: label, hasLabel: bar != nil))
            textStart = close + 2
        }
        if textStart < bytes.count { pieces.append(.text(string(textStart..<bytes.count))) }
        if case .text("") = pieces.first, pieces.count > 1 { pieces.removeFirst() }
        return pieces
    }
}

extension MarkdownDocument {
    /// The text nodes outside the text of links and images whose literal passes `test`, in
    /// document order: where wiki-links and citations are looked for.
    func textNodes(outsideLinks test: (String) -> Bool) -> [Int] {
        walk().filter { event in
            guard event.entering, case .text(let literal) = kinds[event.index], test(literal) else { return false }
            return !isInsideLink(event.index)
        }.map(\.index)
    }

    /// Puts piece number `position` of a split text node in the tree: the first takes the node's
    /// own place, each later one goes after `last`. Returns the piece's node.
    mutating func place(_ kind: MarkdownNodeKind, asPiece position: Int, of node: Int, after last: Int, line: Int, column: Int) -> Int {
        guard position > 0 else {
            setKind(kind, of: node)
            return node
        }
        return insert(kind, line: line, column: column, after: last)
    }

    /// Whether a node is inside the text of a link or image.
    func isInsideLink(_ index: Int) -> Bool {
        var parent = parent(of: index)
        while parent >= 0 {
            switch kinds[parent] {
            case .link, .image: return true
            default: parent = self.parent(of: parent)
            }
        }
        return false
    }
}
