/// How solid a statement is, as a briefing marks it: `[reported] Partners would…` at the start
/// of a paragraph or list item. The vocabulary is `claims:` in site.yml; these four by default.
public struct ClaimStatus: Sendable, Hashable {
    /// What is written between the brackets: `reported`.
    public var id: String
    /// What is explained once on the page, beside the label.
    public var description: String

    public init(id: String, description: String) {
        self.id = id
        self.description = description
    }

    /// The label of a status the language has no word for: the id with a capital and spaces,
    /// `well-sourced` → `Well sourced` (see `InterfaceStrings.claimLabel`).
    public static func label(of id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    public static let defaults = [
        ClaimStatus(id: "confirmed", description: "Stated as fact by the source cited, or on the record."),
        ClaimStatus(id: "reported", description: "Reported by the source cited, not independently confirmed."),
        ClaimStatus(id: "disputed", description: "Contested, or contradicted by another source."),
        ClaimStatus(id: "unverified", description: "Not yet checked against a source, or uncertain in the source itself."),
    ]
}

/// A paragraph (or a list item's first paragraph) marked with a claim status.
public struct Claim: Sendable, Hashable {
    /// The paragraph node.
    public var node: Int
    public var status: String
    /// Where the `[` is.
    public var location: SourceLocation

    public init(node: Int, status: String, location: SourceLocation) {
        self.node = node
        self.status = status
        self.location = location
    }
}
