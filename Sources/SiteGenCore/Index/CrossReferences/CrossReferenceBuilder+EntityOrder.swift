extension CrossReferenceBuilder {
    /// The order of the entities in the index, and each briefing's entities in that order.
    struct EntityOrder: Sendable {
        /// The entities A–Z by name (then id), in the collation of the site's language.
        var byName: [Entity]
        /// The entities in index order: by kind, then A–Z.
        var ranked: [Entity]
        /// Each entity's place in `ranked`, by id.
        var rank: [String: Int]
        /// For each briefing by position, the ranks of the entities it names, sorted.
        var numbered: [[Int]]
        /// The same as ids, with the briefings' ids, for related briefings.
        var shared: SharedEntities

        init(briefings: [Briefing], named: [Named], table: EntityTable, collation: Collation) {
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
}
