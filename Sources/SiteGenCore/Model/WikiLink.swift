/// A wiki-link in a Markdown body — `[[id]]`, `[[Name]]` or `[[id|shown text]]` — already turned
/// into a link node whose URL the index stage fills in with the entity's page.
public struct WikiLink: Sendable, Hashable {
    /// The link node that replaced the `[[…]]` text.
    public var node: Int
    /// What is between the brackets, before any `|`.
    public var target: String
    /// Whether the link gives its own text after a `|`.
    public var hasLabel: Bool
    public var location: SourceLocation

    public init(node: Int, target: String, hasLabel: Bool = false, location: SourceLocation) {
        self.node = node
        self.target = target
        self.hasLabel = hasLabel
        self.location = location
    }
}
