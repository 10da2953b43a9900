/// Finds claim statuses — `[reported] ` at the start of a paragraph or of a list item — in a
/// Markdown body, takes the marker out of the text and notes the paragraph. Plain Markdown
/// readers (GitHub too) still show `[reported]` before the statement.
enum ClaimParser {
    static func extract(from document: inout MarkdownDocument, in file: ContentFile, statuses: [String]) -> ([Claim], [Diagnostic]) {
        let known = Set(statuses)
        var claims: [Claim] = []
        var diagnostics: [Diagnostic] = []
        for event in document.walk() where event.entering {
            guard case .paragraph = document.kinds[event.index] else { continue }
            let text = document.firstChild(of: event.index)
            guard text >= 0, case .text(let literal) = document.kinds[text], let (word, length) = marker(in: literal) else { continue }
            let location = SourceLocation(path: file.path, line: document[text].line, column: document[text].column)
            guard known.contains(word) else {
                let suggestion = Suggestion.closest(to: word, in: statuses)
                if let suggestion {
                    diagnostics.append(
                        .warning(
                            .parse, at: location,
                            "unknown claim status '[\(word)]' (did you mean '[\(suggestion)]'?): use one of \(statuses.joined(separator: ", ")), or 'claims:' in site.yml"
                        ))
                }
                continue
            }
            document.setKind(.text(String(decoding: literal.utf8.dropFirst(length), as: UTF8.self)), of: text)
            claims.append(Claim(node: event.index, status: word, location: location))
        }
        return (claims, diagnostics)
    }

    /// `reported` and the length of `[reported] ` when the text starts with a bracketed word
    /// (lowercase letters, digits and `-`) and a space.
    static func marker(in text: String) -> (String, Int)? {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "[") else { return nil }
        var length = 1
        for byte in bytes.dropFirst() {
            if byte == UInt8(ascii: "]") { break }
            guard
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "-"), length < 40
            else { return nil }
            length += 1
        }
        guard length > 1, bytes.count > length + 1 else { return nil }
        let close = bytes.index(bytes.startIndex, offsetBy: length)
        guard bytes[close] == UInt8(ascii: "]"), bytes[bytes.index(after: close)] == UInt8(ascii: " ") else { return nil }
        return (String(decoding: bytes.dropFirst().prefix(length - 1), as: UTF8.self), length + 2)
    }
}
