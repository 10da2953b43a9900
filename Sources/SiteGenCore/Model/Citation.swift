/// A citation in a Markdown body — `[@id]`, `[@id, p. 4]` or `[@a; @b]` — already turned into a
/// node of its own, which the page renders as numbered marks linking to its list of sources.
public struct Citation: Sendable, Hashable {
    /// The node that replaced the bracket.
    public var node: Int
    /// What it cites, in the order written.
    public var keys: [CitationKey]
    /// Where the `[` is.
    public var location: SourceLocation

    public init(node: Int, keys: [CitationKey], location: SourceLocation) {
        self.node = node
        self.keys = keys
        self.location = location
    }
}

/// One `@id` of a citation, with its locator (`p. 4`) if it gives one.
public struct CitationKey: Sendable, Hashable {
    public var id: String
    public var locator: String?
    /// Where the `@` is: the place to correct an unknown id.
    public var location: SourceLocation

    public init(id: String, locator: String? = nil, location: SourceLocation) {
        self.id = id
        self.locator = locator
        self.location = location
    }
}
