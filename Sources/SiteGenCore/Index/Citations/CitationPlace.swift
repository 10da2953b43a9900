/// One place a source is cited: the briefing, the section and the words around the mark.
public struct CitationPlace: Sendable, Hashable {
    /// The citing briefing's id.
    public var briefing: String
    /// The mark's number and count on the briefing's page (its anchor: `cite_N_K`).
    public var mark: CitationNumbers.Mark
    public var locator: String?
    /// The heading of the section it is in, if any.
    public var section: Heading?
    /// The sentence the mark ends or sits in.
    public var text: String
}
