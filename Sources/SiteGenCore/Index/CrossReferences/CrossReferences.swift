/// The cross-reference index: for every entity, every mention of it in context; for every
/// briefing, its entities and the briefings sharing most of them. A value, built by the index
/// stage and read by templates and `xref.json`.
public struct CrossReferences: Sendable {
    /// Entities A–Z by name.
    public let entities: [Entity]
    /// For each entity id, its mentions in site order (briefings newest first, then as they appear).
    public let mentions: [String: [Mention]]
    /// For each briefing id, the ids of the entities it names, grouped by kind, A–Z.
    public let briefingEntities: [String: [String]]
    /// For each briefing id, up to five briefings that share most entities with it.
    public let related: [String: [String]]
    /// For each entity id, the entities most often named in the same briefings, with how often.
    public let coMentioned: [String: [CoMention]]
    /// For each entity id, how many mentions it has in the briefings of each theme.
    public let themeCounts: [String: [String: Int]]
    /// For each source file, the names that the render stage links to their entity.
    public let autoLinks: [String: [AutoLink]]
    /// For each source file, wiki-links written as `[[id]]` → the entity's name to show.
    public let wikiLabels: [String: [Int: String]]
    /// For each briefing id, its mentions in reading order (listed ones first).
    public let briefingMentions: [String: [Mention]]
    /// What scanning each briefing found, by path: kept so that a rebuild after a change
    /// scans only the files that changed.
    let scans: [String: MentionScanner.Result]

    private let positions: [String: Int]

    init(
        entities: [Entity], mentions: [String: [Mention]], briefingEntities: [String: [String]], related: [String: [String]],
        coMentioned: [String: [CoMention]], themeCounts: [String: [String: Int]], autoLinks: [String: [AutoLink]],
        wikiLabels: [String: [Int: String]] = [:], briefingMentions: [String: [Mention]] = [:],
        scans: [String: MentionScanner.Result] = [:]
    ) {
        self.wikiLabels = wikiLabels
        self.briefingMentions = briefingMentions
        self.scans = scans
        self.entities = entities
        self.mentions = mentions
        self.briefingEntities = briefingEntities
        self.related = related
        self.coMentioned = coMentioned
        self.themeCounts = themeCounts
        self.autoLinks = autoLinks
        positions = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
    }

    public static let empty = CrossReferences(
        entities: [], mentions: [:], briefingEntities: [:], related: [:], coMentioned: [:], themeCounts: [:], autoLinks: [:])

    public func entity(_ id: String) -> Entity? { positions[id].map { entities[$0] } }
}

/// Another entity named in the same briefings, and in how many.
public struct CoMention: Sendable, Hashable {
    public var entity: String
    public var briefings: Int
}
