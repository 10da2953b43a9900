/// Splits a content file's text into the YAML between its `---` fences and the body after them.
public enum FrontMatterSplitter {
    public static func split(_ text: String, path: String, kind: ContentKind, id: String) -> Result<ContentFile, Diagnostic> {
        let start = SourceLocation(path: path)
        var lines = LineCursor(text)
        guard let first = lines.next(), isFence(first.text, closing: false) else {
            return .failure(
                .error(.load, at: start, "missing front-matter: the file must start with a '---' line, then YAML, then '---'"))
        }
        let yamlStart = first.end
        while let line = lines.next() {
            if isFence(line.text, closing: true) {
                let yaml = String(text[yamlStart..<line.start])
                let body = String(text[line.end...])
                return .success(
                    ContentFile(
                        path: path, kind: kind, id: id, frontMatter: yaml, frontMatterLine: 2,
                        body: body, bodyLine: line.number + 1))
            }
        }
        return .failure(.error(.load, at: start, "front-matter is never closed: add a '---' line after the YAML"))
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let trimmed = line.utf8.reversed().drop { $0 == 0x20 || $0 == 0x09 }.count
        let content = line.utf8.prefix(trimmed)
        return content.elementsEqual("---".utf8) || (closing && content.elementsEqual("...".utf8))
    }
}

/// Walks a text line by line, giving each line's text (without its newline), its bounds and number.
struct LineCursor {
    struct Line {
        var text: Substring
        var start: String.Index
        /// Just past the line's newline, or the end of the text.
        var end: String.Index
        var number: Int
    }

    private let text: String
    private var position: String.Index
    private var number = 0

    init(_ text: String) {
        self.text = text
        self.position = text.startIndex
    }

    mutating func next() -> Line? {
        guard position < text.endIndex else { return nil }
        let start = position
        let newline = text.utf8[start...].firstIndex(of: 0x0A)
        let stop = newline ?? text.endIndex
        position = newline.map { text.utf8.index(after: $0) } ?? text.endIndex
        number += 1
        return Line(text: text[start..<stop], start: start, end: position, number: number)
    }
}
