/// The cross-reference index: for every entity, every mention of it in context; for every
/// briefing, its entities and the briefings sharing most of them. A value, built by the index
/// stage and read by templates and `xref.json`.
public struct CrossReferences: Sendable {
    /// Entities A–Z by name.
    public internal(set) var entities: [Entity]
    /// For each entity id, its mentions in site order (briefings newest first, then as they appear).
    public internal(set) var mentions: [String: [Mention]]
    /// For each briefing id, the ids of the entities it names, grouped by kind, A–Z.
    public internal(set) var briefingEntities: [String: [String]]
    /// For each briefing id, up to five briefings that share most entities with it.
    public internal(set) var related: [String: [String]]
    /// For each entity id, the entities most often named in the same briefings, with how often.
    public internal(set) var coMentioned: [String: [CoMention]]
    /// For each entity id, how many mentions it has in the briefings of each theme.
    public internal(set) var themeCounts: [String: [String: Int]]
    /// For each source file, the names that the render stage links to their entity.
    public internal(set) var autoLinks: [String: [AutoLink]]
    /// For each source file, wiki-links written as `[[id]]` → the entity's name to show.
    public internal(set) var wikiLabels: [String: [Int: String]]
    /// For each briefing id, its mentions in reading order (listed ones first).
    public internal(set) var briefingMentions: [String: [Mention]]
    /// What scanning each briefing found, by path: kept so that a rebuild after a change
    /// scans only the files that changed. Kept without its mentions, which `briefingMentions`
    /// holds already (see `scan(of:)`).
    private(set) var scans: [String: MentionScanner.Result]
    /// The entities' names, to scan a changed briefing again.
    let table: EntityTable?
    /// What a briefing's re-indexing reads of the whole site, kept from the build.
    var shared: SharedEntities?
    /// Entity ids in index order (by kind, then A–Z), and each id's place in it.
    var ranked: [String] = []
    var rank: [String: Int] = [:]

    private let positions: [String: Int]

    /// What scanning the briefing found when it was last indexed, mentions included.
    func scan(of briefing: Briefing) -> MentionScanner.Result? {
        guard var scan = scans[briefing.path] else { return nil }
        scan.mentions = (briefingMentions[briefing.id] ?? []).filter { $0.kind != .listed }
        return scan
    }

    /// Keeps what scanning the briefing at `path` found, but its mentions.
    mutating func keep(_ scan: MentionScanner.Result, of path: String) {
        var scan = scan
        scan.mentions = []
        scans[path] = scan
    }

    init(
        entities: [Entity], mentions: [String: [Mention]], briefingEntities: [String: [String]], related: [String: [String]],
        coMentioned: [String: [CoMention]], themeCounts: [String: [String: Int]], autoLinks: [String: [AutoLink]],
        wikiLabels: [String: [Int: String]] = [:], briefingMentions: [String: [Mention]] = [:],
        scans: [String: MentionScanner.Result] = [:], table: EntityTable? = nil
    ) {
        self.table = table
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
