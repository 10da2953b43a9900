/// What a page shows of a content file, so that a change rebuilds only the pages it shows on.
public struct Facets: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// What lists show: title, summary, dates, themes, draft, place in the order.
    public static let card = Facets(rawValue: 1)
    /// The body and sources: what only the file's own page shows.
    public static let content = Facets(rawValue: 2)
    /// Which entities it names, how often and how (listed, wiki-link, in the text). The words
    /// around each mention are quoted by that entity's page only, which is rendered again when
    /// they change (see `ChangedPages`).
    public static let mentions = Facets(rawValue: 4)
    /// The other pages it links to.
    public static let links = Facets(rawValue: 8)
    /// Which sources it cites, where, and the words around each citation: what source pages
    /// and the list of sources show of it.
    public static let citations = Facets(rawValue: 16)

    public static let all: Facets = [.card, .content, .mentions, .links, .citations]
}

/// A content file a page is made from, and what of it the page shows.
public struct Dependency: Sendable, Hashable {
    public var path: String
    public var facets: Facets

    public init(_ path: String, _ facets: Facets) {
        self.path = path
        self.facets = facets
    }
}
