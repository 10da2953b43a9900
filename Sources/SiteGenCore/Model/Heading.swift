/// A heading in a Markdown body, with the anchor id it gets on the page.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var anchor: String
    /// The heading's node in the body's `MarkdownDocument`.
    public var node: Int
    public var location: SourceLocation

    public init(level: Int, text: String, anchor: String, node: Int, location: SourceLocation) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.node = node
        self.location = location
    }
}
