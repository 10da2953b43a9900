extension SharedEntities {
    /// The same lists after a briefing moved in site order.
    func moving(_ move: OrderMove) -> SharedEntities {
        var briefings = briefings, named = named
        move.apply(to: &briefings)
        move.apply(to: &named)
        return SharedEntities(briefings: briefings, named: named, postings: postings.mapValues { move.map(sorted: $0) })
    }

    /// The positions (after `move`, these lists being the moved ones) whose related briefings the
    /// move can change. Ties go to the nearer briefing, and the briefings the move crosses each
    /// shift by one against those outside its range: a briefing whose candidates all lie inside
    /// the range keeps them at the same distances, unless the moved briefing is among them or
    /// left their window. So: the moved briefing; those outside the range whose window reaches
    /// into it; those inside whose window reaches its ends; and those near the place it left.
    func repositioned(by move: OrderMove) -> Set<Int> {
        let range = move.range, half = RelatedBriefings.candidatesPerEntity / 2
        var reached: Set<Int> = [move.to]
        for list in postings.values {
            let first = Self.insertionPoint(of: range.lowerBound, in: list)
            let end = Self.insertionPoint(of: range.upperBound + 1, in: list)
            guard first < end else { continue }
            reached.formUnion(list[max(0, first - half - 1)..<first])
            reached.formUnion(list[end..<min(list.count, end + half + 1)])
        }
        // Where the moved briefing was: between the range's end it left and its neighbour.
        let gap = move.from < move.to ? range.lowerBound : range.upperBound + 1
        for id in named[move.to] {
            let list = postings[id] ?? []
            let at = Self.insertionPoint(of: gap, in: list)
            reached.formUnion(list[max(0, at - half - 2)..<min(list.count, at + half + 2)])
        }
        for position in range where !reached.contains(position) {
            for id in named[position] {
                let window = Self.window(around: position, in: postings[id] ?? [])
                if let low = window.first, let high = window.last, low <= range.lowerBound || high >= range.upperBound {
                    reached.insert(position)
                    break
                }
            }
        }
        return reached
    }
}
