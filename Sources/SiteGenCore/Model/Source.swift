/// A source briefings cite — a document, statement, report or interview — from
/// `content/sources/<id>.md`. Its page gathers every place it is cited.
public struct Source: Sendable, Identifiable {
    public var id: String
    public var path: String
    public var title: String
    public var kind: SourceKind
    public var publisher: String?
    public var author: String?
    /// Where to read it: an http(s) URL.
    public var url: String?
    public var date: ContentDate?
    /// When it was last read at `url`, for the staleness check.
    public var accessed: ContentDate?
    /// Where `accessed` is written, for the staleness check.
    public var accessedLocation: SourceLocation?
    /// An archived copy (the Wayback Machine, perma.cc, …): an http(s) URL.
    public var archive: String?
    /// The language it is written in, as a BCP 47 tag (`fr`, `uk`), when not the site's.
    public var language: String?
    /// The note about it: what it is, how far it can be trusted.
    public var body: MarkdownBody

    public init(
        id: String, path: String, title: String, kind: SourceKind, publisher: String? = nil, author: String? = nil,
        url: String? = nil, date: ContentDate? = nil, accessed: ContentDate? = nil, archive: String? = nil,
        language: String? = nil, body: MarkdownBody
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.kind = kind
        self.publisher = publisher
        self.author = author
        self.url = url
        self.date = date
        self.accessed = accessed
        self.archive = archive
        self.language = language
        self.body = body
    }
}

/// What a source is. The order is the order of the groups on the sources page.
public enum SourceKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case primaryDocument = "primary-document"
    case officialStatement = "official-statement"
    case mediaReport = "media-report"
    case analysis, data, interview, other

    public static func < (a: SourceKind, b: SourceKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
