/// A content file split into its front-matter and its Markdown body, with the line each starts on.
public struct ContentFile: Sendable, Hashable {
    public var path: String
    public var kind: ContentKind
    /// The file name without `.md`: the page's id and URL slug.
    public var id: String
    /// The language of a translation (`core-aim.fr.md`); nil for the site's own language.
    public var language: String?
    public var frontMatter: String
    /// The line of the file on which the YAML's first line stands.
    public var frontMatterLine: Int
    public var body: String
    /// The line of the file on which the body's first line stands.
    public var bodyLine: Int

    public init(
        path: String, kind: ContentKind, id: String, frontMatter: String, frontMatterLine: Int,
        body: String, bodyLine: Int
    ) {
        self.path = path
        self.kind = kind
        self.id = id
        self.frontMatter = frontMatter
        self.frontMatterLine = frontMatterLine
        self.body = body
        self.bodyLine = bodyLine
    }

    /// Where a line of the YAML block lies in the file.
    public func locationInFrontMatter(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: frontMatterLine + line - 1, column: column)
    }
}
