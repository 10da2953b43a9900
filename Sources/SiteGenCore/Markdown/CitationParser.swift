/// Finds citations in Pandoc's syntax — `[@id]`, `[@id, p. 4]`, `[@a; @b]` — in the text of a
/// Markdown body and turns each into a node of its own, which the page renders as numbered marks
/// linking to its list of sources. Code spans, code blocks and link text are left alone, and so
/// is a bracket that is not wholly citations (`[see @a]`, `[@]`).
enum CitationParser {
    static func extract(from document: inout MarkdownDocument, in file: ContentFile) -> [Citation] {
        let candidates = document.textNodes(outsideLinks: containsOpening)
        guard !candidates.isEmpty else { return [] }
        let sourceLines = SourceLines(file)
        var citations: [Citation] = []
        for node in candidates {
            guard case .text(let literal) = document.kinds[node] else { continue }
            let pieces = split(literal)
            guard pieces.contains(where: { if case .citation = $0 { true } else { false } }) else { continue }
            let (line, column) = (document[node].line, document[node].column)
            var searchFrom = column
            var last = node
            for (position, piece) in pieces.enumerated() {
                switch piece {
                case .text(let text):
                    last = document.place(.text(text), asPiece: position, of: node, after: last, line: line, column: column)
                case .citation(_, let keys):
                    let place =
                        sourceLines.column(of: "[@" + keys[0].id, onLine: line, from: searchFrom) ?? column
                    searchFrom = place + 1
                    let mark = document.place(
                        .customInline(onEnter: "", onExit: ""), asPiece: position, of: node, after: last, line: line, column: place)
                    let cited = keys.map { key in
                        CitationKey(
                            id: key.id, locator: key.locator,
                            location: SourceLocation(path: file.path, line: line, column: place + key.offset))
                    }
                    citations.append(
                        Citation(node: mark, keys: cited, location: SourceLocation(path: file.path, line: line, column: place)))
                    last = mark
                }
            }
        }
        return citations
    }

    /// Whether the text holds `[@`.
    static func containsOpening(_ text: String) -> Bool {
        ByteSearch.contains(UInt8(ascii: "["), then: UInt8(ascii: "@"), in: text)
    }

    /// One `@id` of a citation, with its locator and its offset in bytes from the `[`.
    struct Key: Equatable {
        var id: String
        var locator: String?
        var offset: Int
    }

    enum Piece: Equatable {
        case text(String)
        /// The bracket as written, and what it cites.
        case citation(raw: String, keys: [Key])
    }

    /// Splits text at its citations.
    static func split(_ text: String) -> [Piece] {
        let bytes = Array(text.utf8)
        var pieces: [Piece] = []
        var textStart = 0
        var cursor = 0
        while cursor + 1 < bytes.count {
            guard bytes[cursor] == UInt8(ascii: "["), bytes[cursor + 1] == UInt8(ascii: "@"),
                let close = bytes[cursor...].firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "\n") }),
                bytes[close] == UInt8(ascii: "]"), let keys = Self.keys(in: bytes[(cursor + 1)..<close], from: cursor)
            else {
                cursor += 1
                continue
            }
            // The space before a citation goes: its mark follows the word it supports.
            var textEnd = cursor
            if textEnd > textStart, bytes[textEnd - 1] == UInt8(ascii: " ") { textEnd -= 1 }
            if textEnd > textStart { pieces.append(.text(String(decoding: bytes[textStart..<textEnd], as: UTF8.self))) }
            pieces.append(.citation(raw: String(decoding: bytes[cursor...close], as: UTF8.self), keys: keys))
            cursor = close + 1
            textStart = cursor
        }
        if textStart < bytes.count { pieces.append(.text(String(decoding: bytes[textStart...], as: UTF8.self))) }
        return pieces
    }

    /// The keys between the brackets, each `@id` with an optional `, locator`, separated by `;`;
    /// nil unless every part is one. Offsets count from `opening`, the byte of `[`.
    private static func keys(in inner: ArraySlice<UInt8>, from opening: Int) -> [Key]? {
        var keys: [Key] = []
        var start = inner.startIndex
        while start <= inner.endIndex {
            let end = inner[start...].firstIndex(of: UInt8(ascii: ";")) ?? inner.endIndex
            var part = inner[start..<end]
            while let first = part.first, first == UInt8(ascii: " ") { part = part.dropFirst() }
            while let last = part.last, last == UInt8(ascii: " ") { part = part.dropLast() }
            guard part.first == UInt8(ascii: "@") else { return nil }
            let idStart = part.startIndex + 1
            var idEnd = idStart
            while idEnd < part.endIndex, isKeyByte(part[idEnd]) { idEnd += 1 }
            // Punctuation ends a key only inside it: `@a.` is the key `a` before a full stop.
            while idEnd > idStart, !isAlphanumeric(part[idEnd - 1]) { idEnd -= 1 }
            guard idEnd > idStart, isAlphanumeric(part[idStart]) || part[idStart] == UInt8(ascii: "_") else { return nil }
            var locator: String?
            let rest = part[idEnd...]
            if !rest.isEmpty {
                guard rest.first == UInt8(ascii: ",") else { return nil }
                let text = String(decoding: rest.dropFirst(), as: UTF8.self).trimmingSpaces
                guard !text.isEmpty else { return nil }
                locator = text
            }
            keys.append(
                Key(id: String(decoding: part[idStart..<idEnd], as: UTF8.self), locator: locator, offset: part.startIndex - opening))
            start = end + 1
        }
        return keys.isEmpty ? nil : keys
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Letters, digits, `_` and the punctuation Pandoc allows inside a key.
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "_-:.#$%&+?<>~/".utf8.contains(byte)
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
