/// A link in a Markdown body to another content file (`other.md`, `../themes/x.md#part`),
/// resolved to that page's URL in the index stage.
public struct ContentLink: Sendable, Hashable {
    /// The link's node in the body's `MarkdownDocument`.
    public var node: Int
    /// The target as written.
    public var destination: String
    public var location: SourceLocation

    public init(node: Int, destination: String, location: SourceLocation) {
        self.node = node
        self.destination = destination
        self.location = location
    }
}
