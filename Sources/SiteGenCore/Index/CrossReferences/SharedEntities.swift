/// Related briefings: those that share most entities with a briefing.
///
/// So that the cost per briefing stays the same however large the site, each entity contributes
/// only the briefings nearest in site order that name it (at most
/// `RelatedBriefings.candidatesPerEntity`), and a candidate's score counts the entities through
/// which it was reached. On a site where no entity is named by more briefings than that, this is
/// exactly the number of shared entities. Ties go to the nearer briefing, then the lower id.
enum SharedEntities {
    static func related(briefings: [String], entities named: [[String]]) -> [String: [String]] {
        var postings: [String: [Int]] = [:]
        for (position, ids) in named.enumerated() {
            for id in ids { postings[id, default: []].append(position) }
        }
        let half = RelatedBriefings.candidatesPerEntity / 2
        var scores = [Int](repeating: 0, count: briefings.count)
        var touched: [Int] = []
        var related: [String: [String]] = [:]
        related.reserveCapacity(briefings.count)
        for (position, ids) in named.enumerated() {
            for id in ids {
                let list = postings[id] ?? []
                let at = insertionPoint(of: position, in: list)
                for candidate in list[max(0, at - half)..<min(list.count, at + half + 1)] where candidate != position {
                    if scores[candidate] == 0 { touched.append(candidate) }
                    scores[candidate] += 1
                }
            }
            // The best few, kept in order as candidates come: no sort of all of them.
            var best: [Int] = []
            func ranksBefore(_ a: Int, _ b: Int) -> Bool {
                (scores[b], abs(a - position), briefings[a]) < (scores[a], abs(b - position), briefings[b])
            }
            for candidate in touched {
                guard best.count < RelatedBriefings.count || ranksBefore(candidate, best[best.count - 1]) else { continue }
                let slot = best.firstIndex { ranksBefore(candidate, $0) } ?? best.count
                best.insert(candidate, at: slot)
                if best.count > RelatedBriefings.count { best.removeLast() }
            }
            related[briefings[position]] = best.map { briefings[$0] }
            for candidate in touched { scores[candidate] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return related
    }

    /// The index of the first element not less than `value` in a sorted list.
    private static func insertionPoint(of value: Int, in list: [Int]) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
