/// A link or image in a Markdown body whose destination sitegen checks and rewrites: relative
/// paths (to content files or to `static/`), root-relative paths and `#fragments`.
public struct BodyLink: Sendable, Hashable {
    /// The link's node in the body's `MarkdownDocument`.
    public var node: Int
    /// The destination as written.
    public var destination: String
    public var location: SourceLocation

    public init(node: Int, destination: String, location: SourceLocation) {
        self.node = node
        self.destination = destination
        self.location = location
    }
}
