import Foundation

/// Finds wiki-links — `[[id]]`, `[[Name]]`, `[[id|shown text]]` — in the text of a Markdown body
/// and turns each into a link node, leaving code spans, code blocks and link text alone.
enum WikiLinkParser {
    static func extract(from document: inout MarkdownDocument, in file: ContentFile) -> [WikiLink] {
        let candidates = document.walk().filter { event in
            guard event.entering, case .text(let literal) = document.kinds[event.index], Self.containsOpening(literal) else { return false }
            return !document.isInsideLink(event.index)
        }.map(\.index)
        guard !candidates.isEmpty else { return [] }
        let sourceLines = file.body.split(separator: "\n", omittingEmptySubsequences: false)
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
                    if position == 0 {
                        document.setKind(.text(text), of: node)
                    } else {
                        last = document.insert(.text(text), line: line, column: column, after: last)
                    }
                case .link(let target, let label, let hasLabel):
                    let place = Self.column(of: target, onLine: line, from: column, file: file, lines: sourceLines)
                    let link: Int
                    if position == 0 {
                        document.setKind(.link(url: "", title: ""), of: node)
                        link = node
                    } else {
                        link = document.insert(.link(url: "", title: ""), line: line, column: place, after: last)
                    }
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

    /// The column of `[[target` on its source line, searching from the text node's start; the text
    /// node's own column when it cannot be found (e.g. after an escape).
    private static func column(of target: String, onLine line: Int, from column: Int, file: ContentFile, lines: [Substring]) -> Int {
        let index = line - file.bodyLine
        guard index >= 0, index < lines.count else { return column }
        let bytes = Array(lines[index].utf8)
        let needle = Array(("[[" + target).utf8)
        guard needle.count <= bytes.count else { return column }
        var start = max(0, column - 1)
        while start + needle.count <= bytes.count {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return start + 1 }
            start += 1
        }
        return column
    }
}

extension MarkdownDocument {
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
