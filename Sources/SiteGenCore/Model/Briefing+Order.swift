extension Briefing {
    /// Newest first; on the same date by weight, then by id.
    public static func newestFirst(_ a: Briefing, _ b: Briefing) -> Bool {
        let (x, y) = (a.recency, b.recency)
        return x != y ? x.precedes(y) : a.id < b.id
    }

    /// What `newestFirst` compares before the id, read out of a briefing once: a sort of the
    /// whole site compares these side by side instead of following two briefings' references
    /// and working out two instants at each comparison.
    struct Recency: Equatable {
        var instant: Int
        var zone: Int
        var weight: Int

        /// Newer first (a later instant, then the date written with the greater offset); on the
        /// same date, the lower weight first.
        func precedes(_ other: Recency) -> Bool {
            if instant != other.instant { return instant > other.instant }
            if zone != other.zone { return zone > other.zone }
            return weight < other.weight
        }
    }

    var recency: Recency {
        let order = date.order
        return Recency(instant: order.instant, zone: order.zone, weight: weight)
    }

    /// `briefings` in `newestFirst`'s order, only those `isIncluded` accepts. Each one's recency is
    /// read once, and keys are sorted, not the briefings: at 100,000 briefings, the two briefings
    /// a comparison reads are seldom in the cache, and a comparison of dates works out two
    /// instants.
    static func newestFirst(_ briefings: [Briefing], where isIncluded: (Briefing) -> Bool = { _ in true }) -> [Briefing] {
        briefings.withUnsafeBufferPointer { briefings in
            var keys: [(recency: Recency, position: Int)] = []
            keys.reserveCapacity(briefings.count)
            for position in briefings.indices where isIncluded(briefings[position]) {
                keys.append((briefings[position].recency, position))
            }
            keys.sort { a, b in
                a.recency != b.recency ? a.recency.precedes(b.recency) : briefings[a.position].id < briefings[b.position].id
            }
            return keys.map { briefings[$0.position] }
        }
    }
}
