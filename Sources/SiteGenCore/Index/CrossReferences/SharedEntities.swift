/// Related briefings: those that share most entities with a briefing.
///
/// So that the cost per briefing stays the same however large the site, the candidates for each
/// entity are the briefings nearest in site order that name it (at most `RelatedBriefings
/// .candidatesPerEntity`), not all of them; on a site where no entity is named by more briefings
/// than that, the result is exact. Ties go to the nearer briefing, then the lower id.
enum SharedEntities {
    static func related(briefings: [String], entities named: [[String]]) -> [String: [String]] {
        var postings: [String: [Int]] = [:]
        for (position, ids) in named.enumerated() {
            for id in ids { postings[id, default: []].append(position) }
        }
        let sets = named.map(Set.init)
        let half = RelatedBriefings.candidatesPerEntity / 2
        var related: [String: [String]] = [:]
        for (position, ids) in named.enumerated() {
            var candidates: Set<Int> = []
            for id in ids {
                let list = postings[id] ?? []
                let at = insertionPoint(of: position, in: list)
                candidates.formUnion(list[max(0, at - half)..<min(list.count, at + half + 1)])
            }
            candidates.remove(position)
            let scored = candidates.map { ($0, sets[$0].intersection(sets[position]).count) }
            let best = scored.sorted { a, b in
                (b.1, abs(a.0 - position), briefings[a.0]) < (a.1, abs(b.0 - position), briefings[b.0])
            }
            related[briefings[position]] = best.prefix(RelatedBriefings.count).map { briefings[$0.0] }
        }
        return related
    }

    /// The index of the first element not less than `value` in a sorted list.
    private static func insertionPoint(of value: Int, in list: [Int]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
