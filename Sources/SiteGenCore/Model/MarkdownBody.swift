/// A parsed Markdown body: its syntax tree and what the later stages need from it.
public struct MarkdownBody: Sendable {
    public var document: MarkdownDocument
    public var headings: [Heading]
    public var links: [BodyLink]
    public var wikiLinks: [WikiLink]
    /// Its citations (`[@id]`), in the order of the text: briefings only.
    public var citations: [Citation] = []
    /// Its paragraphs marked with a claim status (`[reported] …`), in order: briefings only.
    public var claims: [Claim] = []

    public init(document: MarkdownDocument, headings: [Heading], links: [BodyLink], wikiLinks: [WikiLink] = []) {
        self.document = document
        self.headings = headings
        self.links = links
        self.wikiLinks = wikiLinks
    }

    /// Whether a heading on the page has this anchor.
    public func hasAnchor(_ anchor: String) -> Bool {
        headings.contains { $0.anchor == anchor }
    }
}
