/// Decodes a source's front-matter into a `Source` and parses its note.
public enum SourceParser {
    public static func parse(_ file: ContentFile, config: MarkdownOptions) -> (Source?, [Diagnostic]) {
        var fields = YAMLFields(yaml: file.frontMatter, path: file.path, firstLine: file.frontMatterLine)
        if fields.diagnostics.isEmpty && fields.isEmpty {
            return (nil, [.error(.parse, at: fields.start, "front-matter is empty: a source needs at least a title")])
        }
        let title = fields.string("title", required: true)
        let kind: SourceKind? = fields.choice("kind")
        let publisher = fields.string("publisher")
        let author = fields.string("author")
        let url = webAddress("url", in: &fields)
        let date = fields.date("date")
        let accessed = fields.date("accessed")
        let archive = webAddress("archive", in: &fields)
        let language = fields.string("language")
        if let title, title.value.allSatisfy(\.isWhitespace) {
            fields.diagnostics.append(.error(.parse, at: title.location, "'title' must not be empty"))
        }
        let diagnostics = fields.diagnostics + fields.unknownKeys()
        guard let title, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let (body, bodyProblems) = BodyParser.parse(file, smartPunctuation: config.smartPunctuation, dropsHTML: !config.unsafeHTML)
        let source = Source(
            id: file.id, path: file.path, title: title.value, kind: kind ?? .other, publisher: publisher?.value, author: author?.value,
            url: url, date: date?.value, accessed: accessed?.value, archive: archive, language: language?.value, body: body)
        var located = source
        located.accessedLocation = accessed?.location
        return (located, diagnostics + bodyProblems)
    }

    /// An http(s) URL: a source is read away from the site, so a relative or schemeless address
    /// (`www.example.org/x.pdf`, which a browser takes as a path on this site) is an error here.
    private static func webAddress(_ key: String, in fields: inout YAMLFields) -> String? {
        guard let text = fields.string(key) else { return nil }
        let lowered = text.value.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"), text.value.utf8.count > 8 else {
            fields.diagnostics.append(
                .error(
                    .parse, at: text.location,
                    "'\(key)' must be a full http(s) URL such as https://example.org/report.pdf, not '\(text.value)'"))
            return nil
        }
        return text.value
    }
}
