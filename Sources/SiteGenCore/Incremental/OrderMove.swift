/// One briefing taken from its place in site order and put in another (its date or weight
/// changed): the briefings between the two places each move by one towards the old place, and
/// every other keeps its position.
struct OrderMove {
    /// The moved briefing's position before and after.
    let from: Int
    let to: Int

    /// The positions that change, the moved briefing's two included.
    var range: ClosedRange<Int> { min(from, to)...max(from, to) }

    /// Where the briefing at `position` before the move is after it.
    func map(_ position: Int) -> Int {
        if position == from { return to }
        if from < to, position > from, position <= to { return position - 1 }
        if to < from, position >= to, position < from { return position + 1 }
        return position
    }

    /// A list of positions in order, moved: the moved briefing's entry (if any) goes to its new
    /// place, the others keep their order.
    func map(sorted list: [Int]) -> [Int] {
        var moved = false
        var others = list.compactMap { position -> Int? in
            if position == from {
                moved = true
                return nil
            }
            return map(position)
        }
        if moved { others.insert(to, at: SharedEntities.insertionPoint(of: to, in: others)) }
        return others
    }

    /// The same move of the elements of an array kept by position (from `offset` on).
    func apply<Element>(to array: inout [Element], offset: Int = 0) {
        let element = array.remove(at: offset + from)
        array.insert(element, at: offset + to)
    }
}
