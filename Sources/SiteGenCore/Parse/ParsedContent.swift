/// One content file after the parse stage: the briefing, theme, entity or source it holds (nil when it
/// has errors), and its diagnostics.
public struct ParsedContent: Sendable {
    public var path: String
    /// The language of a translation; nil for the site's own language.
    public var language: String?
    public var briefing: Briefing?
    public var theme: Theme?
    public var entity: Entity?
    public var source: Source?
    public var diagnostics: [Diagnostic]

    /// Whether the file yielded its content (it may still have warnings).
    public var isParsed: Bool { briefing != nil || theme != nil || entity != nil || source != nil }

    /// Decodes the front-matter and parses the body of one content file.
    public static func parse(_ file: ContentFile, markdown: MarkdownOptions) -> ParsedContent {
        var parsed = ParsedContent(path: file.path, language: file.language, diagnostics: [])
        let size = file.frontMatter.utf8.count + file.body.utf8.count
        guard size <= markdown.maxFileKiB * 1024 else {
            let kib = (size + 1023) / 1024
            parsed.diagnostics = [
                .error(
                    .parse, at: SourceLocation(path: file.path),
                    "the file is \(kib) KiB, over the limit of \(markdown.maxFileKiB) KiB for one content file; split it, or raise 'max_file_kib' under 'markdown:' in site.yml"
                )
            ]
            return parsed
        }
        switch file.kind {
        case .briefing: (parsed.briefing, parsed.diagnostics) = BriefingParser.parse(file, config: markdown)
        case .theme: (parsed.theme, parsed.diagnostics) = ThemeParser.parse(file, config: markdown)
        case .entity: (parsed.entity, parsed.diagnostics) = EntityParser.parse(file, config: markdown)
        case .source: (parsed.source, parsed.diagnostics) = SourceParser.parse(file, config: markdown)
        }
        if let note = CommonMark.sizeNote(path: file.path, size: size, maxFileKiB: markdown.maxFileKiB) {
            parsed.diagnostics.append(note)
        }
        return parsed
    }
}
