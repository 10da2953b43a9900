/// The tables the cross-reference builder fills from every briefing's scan, each type made on
/// one core while another fills beside it.
extension CrossReferenceBuilder {
    /// The entities in index order (by kind, then A–Z), and each briefing's entities in that
    /// order, as numbers and as ids.
    struct EntityOrder: Sendable {
        var byName: [Entity]
        var ranked: [Entity]
        var rank: [String: Int]
        /// For each briefing by position, the ranks of the entities it names, sorted.
        var numbered: [[Int]]
        var shared: SharedEntities

        init(briefings: [Briefing], named: [Named], _ builder: CrossReferenceBuilder) {
            let table = builder.table, collation = builder.collation
            let byName = table.entities.sorted { collation.precedes(($0.name.value, $0.id), ($1.name.value, $1.id)) }
            let ranked = EntityKind.allCases.flatMap { kind in byName.filter { $0.kind == kind } }
            let rank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1.id, $0) })
            let rankOfSlot = table.entities.map { rank[$0.id]! }
            // As numbers, so that sorting compares integers.
            let numbered = named.map { $0.entities.map { rankOfSlot[$0] }.sorted() }
            (self.byName, self.ranked, self.rank, self.numbered) = (byName, ranked, rank, numbered)
            shared = SharedEntities(briefings: briefings.map(\.id), entities: numbered.map { $0.map { ranked[$0].id } })
        }
    }

    /// Every file's wiki-links (node → entity page) and labels, and each briefing's automatic
    /// links, by path.
    struct ByPath: Sendable {
        var wikiLinks: [String: [Int: String]]
        var wikiLabels: [String: [Int: String]]
        var autoLinks: [String: [AutoLink]]

        init(briefings: [Briefing], scans: [MentionScanner.Result], others: [(path: String, scan: MentionScanner.Result)]) {
            wikiLinks = .init(minimumCapacity: briefings.count + others.count)
            wikiLabels = .init(minimumCapacity: briefings.count + others.count)
            autoLinks = .init(minimumCapacity: briefings.count)
            for position in briefings.indices {
                wikiLinks[briefings[position].path] = scans[position].wikiLinks
                wikiLabels[briefings[position].path] = scans[position].wikiLabels
                autoLinks[briefings[position].path] = scans[position].autoLinks
            }
            for other in others {
                wikiLinks[other.path] = other.scan.wikiLinks
                wikiLabels[other.path] = other.scan.wikiLabels
            }
        }
    }

    /// Each briefing's scan (by path) and its mentions (by id).
    struct ByBriefing: Sendable {
        var mentions: [String: [Mention]]
        var scans: [String: MentionScanner.Result]

        init(briefings: [Briefing], scans: [MentionScanner.Result], named: [Named]) {
            mentions = .init(minimumCapacity: briefings.count)
            self.scans = .init(minimumCapacity: briefings.count)
            for position in briefings.indices {
                mentions[briefings[position].id] = named[position].mentions
                self.scans[briefings[position].path] = scans[position]
            }
            assert(self.scans.count == briefings.count, "two briefings at one path")
        }
    }
}
