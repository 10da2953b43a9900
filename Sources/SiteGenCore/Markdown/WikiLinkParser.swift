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

    /// Whether the text holds `[[`, checked on its bytes (much faster than a Foundation search).
    static func containsOpening(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "["), previous == byte { return true }
            previous = byte
        }
        return false
    }

    enum Piece: Equatable {
        case text(String)
        case link(target: String, label: String, hasLabel: Bool)
    }

    /// Splits text at its wiki-links. Brackets that hold nothing, a newline or more brackets stay text.
    static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        var pending = ""
        while let open = rest.range(of: "[[") {
            guard let close = rest[open.upperBound...].range(of: "]]") else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            guard !inner.isEmpty, !inner.contains(where: { "[]\n".contains($0) }) else {
                pending += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let target = parts[0].trimmingCharacters(in: .whitespaces)
            let label = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : target
            guard !target.isEmpty, !label.isEmpty else {
                pending += rest[..<close.upperBound]
                rest = rest[close.upperBound...]
                continue
            }
            pending += rest[..<open.lowerBound]
            if !pending.isEmpty || pieces.isEmpty { pieces.append(.text(pending)) }
            pending = ""
            pieces.append(.link(target: target, label: label, hasLabel: parts.count > 1))
            rest = rest[close.upperBound...]
        }
        pending += rest
        if !pending.isEmpty { pieces.append(.text(pending)) }
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
