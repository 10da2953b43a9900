/// The lines of a content file's body, as byte offsets found in one pass over its UTF-8, for
/// finding where something seen in a text node starts on its source line: cmark gives a text
/// node's start, but joined text, escapes and entities move what follows, so the text is looked
/// for. Made only for a body that has something to find.
struct SourceLines {
    private let body: String
    /// The file line of the body's first line.
    private let firstLine: Int
    /// Where each line starts, and one past the end of the body.
    private let starts: [Int]

    init(_ file: ContentFile) {
        body = file.body
        firstLine = file.bodyLine
        starts = ByteSearch.lineStarts(body)
    }

    /// The column (in bytes, from 1) of `needle` on file line `line`, searching from `column`;
    /// nil when it is not there as written (e.g. after an escape).
    func column(of needle: String, onLine line: Int, from column: Int) -> Int? {
        let index = line - firstLine
        guard index >= 0, index + 1 < starts.count else { return nil }
        let lineStart = starts[index]
        let lineEnd = starts[index + 1]
        let needle = Array(needle.utf8)
        // A copy, so that a string not stored as UTF-8 (bridged) is made so rather than missed.
        var text = body
        return text.withUTF8 { bytes -> Int? in
            var start = lineStart + max(0, column - 1)
            while start + needle.count <= lineEnd {
                if bytes[start..<start + needle.count].elementsEqual(needle) { return start - lineStart + 1 }
                start += 1
            }
            return nil
        }
    }
}
