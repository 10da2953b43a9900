/// `sitegen new`: a content file of one kind, with the fields its kind requires filled in, and
/// the optional ones shown as comments.
public struct NewContent: Sendable {
    public var kind: ContentKind
    /// The title (a briefing's, theme's or source's) or the name (an entity's).
    public var title: String
    /// The id, which is the file's name and the page's slug; `ContentID.suggestion(for: title)` by default.
    public var id: String
    /// Today, for a briefing's `date` and a source's `accessed`.
    public var date: ContentDate
    /// A briefing's themes.
    public var themes: [String] = []
    /// An entity's kind.
    public var entityKind: EntityKind = .organisation

    public init(_ kind: ContentKind, title: String, id: String? = nil, date: ContentDate) {
        self.kind = kind
        self.title = title
        self.id = id ?? ContentID.suggestion(for: title)
        self.date = date
    }

    /// Where the file goes, relative to the site folder: `content/briefings/<id>.md`.
    public var path: String { ContentPath.of(kind, id: id) }

    /// The file: front-matter, then a line of body for the writer to replace.
    public func file() throws -> RawFile {
        var fields = FrontMatterWriter()
        let body: String
        switch kind {
        case .briefing:
            fields.add("title", .text(title))
            fields.add("summary", .text("One sentence on what this briefing says: lists, feeds and search show it."))
            fields.add("date", .word(date.iso))
            fields.add("themes", .words(themes))
            fields.add("draft", .flag(true))
            fields.hint("draft: true keeps it out of build and publish (serve shows it); delete the line to publish.")
            fields.hint("entities: [an-entity-id]      entities it is about, beyond those it names")
            fields.hint("authors: [an-author-id]       people from authors: in site.yml")
            fields.hint("updated: \(date.iso)")
            body = "Write the briefing here, in Markdown. Name an entity as `[[its-id]]`, cite a source as `[@its-id]`.\n"
        case .theme:
            fields.add("title", .text(title))
            fields.add("summary", .text("What the briefings of this theme are about, in one sentence."))
            fields.hint("order: 1      its place, when site.yml has no themes: list")
            body = "An introduction to the theme, shown above its briefings.\n"
        case .entity:
            fields.add("name", .text(title))
            fields.add("kind", .word(entityKind.rawValue))
            fields.add("summary", .text("Who or what this is, in one sentence."))
            fields.hint("aliases: [Another name]      other names that count as mentions")
            body = "What a reader should know about \(title).\n"
        case .source:
            fields.add("title", .text(title))
            fields.add("kind", .word(SourceKind.other.rawValue))
            fields.add("accessed", .word(date.iso))
            fields.hint("url: https://example.org/report.pdf")
            fields.hint("publisher: Who published it")
            fields.hint("author: Who wrote it")
            fields.hint("date: \(date.iso)      when it was published")
            fields.hint("kind: \(SourceKind.allCases.map(\.rawValue).joined(separator: " | "))")
            body = "What this source is, and how far it can be relied on.\n"
        }
        return RawFile(path: path, text: try fields.frontMatter() + body)
    }
}
