/// Where something found in a text node starts on its source line: cmark gives a text node's
/// start, but joined text, escapes and entities move what follows, so the text is looked for.
enum SourceColumn {
    /// The column of `needle` on line `line` of the file, searching from `column`; nil when it
    /// is not there as written (e.g. after an escape).
    static func find(_ needle: String, onLine line: Int, from column: Int, file: ContentFile, lines: [Substring]) -> Int? {
        let index = line - file.bodyLine
        guard index >= 0, index < lines.count else { return nil }
        let bytes = Array(lines[index].utf8)
        let needle = Array(needle.utf8)
        guard needle.count <= bytes.count else { return nil }
        var start = max(0, column - 1)
        while start + needle.count <= bytes.count {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return start + 1 }
            start += 1
        }
        return nil
    }
}
