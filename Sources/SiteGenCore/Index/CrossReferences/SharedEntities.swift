import Foundation

/// Related briefings: those that share most entities with a briefing.
///
/// So that the cost per briefing stays the same however large the site, each entity contributes
/// only the briefings nearest in site order that name it (at most
/// `RelatedBriefings.candidatesPerEntity`), and a candidate's score counts the entities through
/// which it was reached. On a site where no entity is named by more briefings than that, this is
/// exactly the number of shared entities. Ties go to the nearer briefing, then the lower id.
struct SharedEntities {
    /// Briefing ids in site order.
    let briefings: [String]
    /// For each briefing by position, the ids of the entities it names.
    let named: [[String]]
    /// For each entity id, the positions of the briefings that name it, in order.
    let postings: [String: [Int]]

    init(briefings: [String], entities named: [[String]]) {
        var postings: [String: [Int]] = [:]
        for (position, ids) in named.enumerated() {
            for id in ids { postings[id, default: []].append(position) }
        }
        self.init(briefings: briefings, named: named, postings: postings)
    }

    init(briefings: [String], named: [[String]], postings: [String: [Int]]) {
        self.briefings = briefings
        self.named = named
        self.postings = postings
    }

    /// For each briefing id, its related briefings, from `places` (`relatedPlaces(at:)` of every
    /// briefing).
    func related(from places: [[Int]]) -> [String: [String]] {
        var related: [String: [String]] = [:]
        related.reserveCapacity(briefings.count)
        for (position, found) in places.enumerated() { related[briefings[position]] = found.map { briefings[$0] } }
        return related
    }

    /// The related briefings of the briefings at these positions, in their order.
    func related(at positions: [Int]) -> [[String]] {
        relatedPlaces(at: positions).map { $0.map { briefings[$0] } }
    }

    /// The related briefings of the briefings at these positions, as positions, in their order,
    /// worked out on every core: each core takes runs of them, each with scratch room of its own.
    /// Four runs a core, so that a core that ends its runs first takes another (with one each, at
    /// 100,000 briefings, one core waited 0.05-0.1 s for the other). A run's scratch room lives
    /// while it runs: one a core at a time, made four times over.
    func relatedPlaces(at positions: [Int]) -> [[Int]] {
        let count = 4 * ProcessInfo.processInfo.activeProcessorCount
        let run = max(64, (positions.count + count - 1) / max(1, count))
        let runs = stride(from: 0, to: positions.count, by: run).map { Array(positions[$0..<min(positions.count, $0 + run)]) }
        return runs.parallelMap { run in
            var scores = [Int](repeating: 0, count: briefings.count)
            return run.map { relatedPlaces(at: $0, scores: &scores) }
        }.flatMap { $0 }
    }

    /// The related briefings of the briefing at `position`. `scores` is scratch room, one zero per
    /// briefing, given back as zeros.
    func related(at position: Int, scores: inout [Int]) -> [String] {
        relatedPlaces(at: position, scores: &scores).map { briefings[$0] }
    }

    /// The related briefings of the briefing at `position`, as positions.
    func relatedPlaces(at position: Int, scores: inout [Int]) -> [Int] {
        var touched: [Int] = []
        touched.reserveCapacity(named[position].count * RelatedBriefings.candidatesPerEntity)
        scores.withUnsafeMutableBufferPointer { scores in
            for id in named[position] {
                guard let list = postings[id] else { continue }
                for candidate in Self.window(around: position, in: list) where candidate != position {
                    if scores[candidate] == 0 { touched.append(candidate) }
                    scores[candidate] += 1
                }
            }
        }
        // The best few, kept in order as candidates come: no sort of all of them. Numbers are
        // compared first, ids only on a tie of both (a tuple with the id would copy it each time).
        var best: [Int] = []
        func ranksBefore(_ a: Int, _ b: Int) -> Bool {
            if scores[a] != scores[b] { return scores[a] > scores[b] }
            let nearA = abs(a - position), nearB = abs(b - position)
            if nearA != nearB { return nearA < nearB }
            return briefings[a] < briefings[b]
        }
        for candidate in touched {
            guard best.count < RelatedBriefings.count || ranksBefore(candidate, best[best.count - 1]) else { continue }
            let slot = best.firstIndex { ranksBefore(candidate, $0) } ?? best.count
            best.insert(candidate, at: slot)
            if best.count > RelatedBriefings.count { best.removeLast() }
        }
        for candidate in touched { scores[candidate] = 0 }
        return best
    }

    /// The positions whose related briefings can change when the briefing at `position` starts or
    /// stops naming these entities: itself, and those within reach of it in each entity's list
    /// (before and after), whose window of candidates it enters, leaves or shifts.
    static func reach(of position: Int, through entities: Set<String>, before: [String: [Int]], after: [String: [Int]]) -> Set<Int> {
        let half = RelatedBriefings.candidatesPerEntity / 2
        var reached: Set<Int> = [position]
        for id in entities {
            for list in [before[id] ?? [], after[id] ?? []] {
                let at = insertionPoint(of: position, in: list)
                reached.formUnion(list[max(0, at - half - 1)..<min(list.count, at + half + 2)])
            }
        }
        return reached
    }

    /// The candidates an entity's list (positions in order) gives the briefing at `position`,
    /// itself among them: the nearest `RelatedBriefings.candidatesPerEntity` on either side.
    static func window(around position: Int, in list: [Int]) -> ArraySlice<Int> {
        let half = RelatedBriefings.candidatesPerEntity / 2
        let at = insertionPoint(of: position, in: list)
        return list[max(0, at - half)..<min(list.count, at + half + 1)]
    }

    /// The index of the first element not less than `value` in a sorted list.
    static func insertionPoint(of value: Int, in list: [Int]) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
