/// What the render stage changes in a parsed body, as the index stage worked it out.
public struct BodyRewrites: Sendable {
    /// Link or image node → its new destination, below the base URL (`briefings/x/#part`).
    public var links: [Int: String]
    /// Names in text nodes that become links to their entity.
    public var autoLinks: [AutoLink]
    /// Link node → the text it shows instead (a wiki-link written as `[[id]]` shows the name).
    public var labels: [Int: String]

    public init(links: [Int: String] = [:], autoLinks: [AutoLink] = [], labels: [Int: String] = [:]) {
        self.links = links
        self.autoLinks = autoLinks
        self.labels = labels
    }
}
