extension SiteIndex {
    /// Where a briefing belongs in site order if the one at `position` were replaced by it: its
    /// position after the move (the same when it keeps its place).
    func place(of briefing: Briefing, replacingAt position: Int) -> Int {
        // A binary search among the others, the one it replaces left out.
        var low = 0, high = briefings.count - 1
        while low < high {
            let middle = (low + high) / 2
            if Briefing.newestFirst(briefings[middle < position ? middle : middle + 1], briefing) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// Moves the briefing at `move.from` to `move.to` in site order, and with it everything the
    /// index keeps by position or in site order: themes' members, entities' postings, backlinks,
    /// citations, related briefings, and the pages that list them. The briefing itself is
    /// unchanged: re-indexing its new version follows, and puts its mentions in their entities'
    /// lists at its new place.
    ///
    /// Briefing pages to lay out again go in `relayOut` (by position after the move), other
    /// pages whose list changed in `relisted`.
    mutating func move(_ move: OrderMove, relayOut: inout Set<Int>, relisted: inout Set<Int>) {
        let moved = briefings[move.from]
        // Its neighbours before and after, and the briefing pages' place in `pages`.
        let neighbours = [move.from - 1, move.from + 1].filter(briefings.indices.contains).map(move.map)
        let firstBriefingPage = pagePositions[SitePaths.briefing(moved.id)].map { $0 - move.from }
        move.apply(to: &briefings)
        for position in move.range { briefingPositions[briefings[position].id] = position }
        relayOut.formUnion(neighbours)
        relayOut.formUnion([move.to - 1, move.to, move.to + 1].filter(briefings.indices.contains))
        if let firstBriefingPage {
            move.apply(to: &pages, offset: firstBriefingPage)
            for position in move.range { pagePositions[pages[firstBriefingPage + position].path] = firstBriefingPage + position }
        }
        moveThemeMembers(move, of: moved, relayOut: &relayOut, relisted: &relisted)
        // Its mentions, and its entities' pages, are put in site order by the re-index that follows.
        // Backlinks are listed in site order: the lists that hold the moved briefing.
        let positions = briefingPositions
        for (target, list) in backlinks where list.contains(moved.id) {
            updateBacklink(from: moved.id, at: move.to, to: target, linked: false)
            updateBacklink(from: moved.id, at: move.to, to: target, linked: true)
            if backlinks[target] != list, let at = positions[target] { relayOut.insert(at) }
        }
        if !moved.body.citations.isEmpty {
            citations.replace(moved) { positions[$0] ?? Int.max }
            let briefings = briefings
            let path = { (id: String) in positions[id].map { briefings[$0].path } }
            replace(PageLayout.sourceListPage(citations, path: path), relisted: &relisted)
            for id in CitationIndex.places(in: moved).keys {
                guard let source = citations.source(id) else { continue }
                replace(PageLayout.sourcePage(source, places: citations.places[id] ?? [], path: path), relisted: &relisted)
            }
        }
        if let shared = references.shared {
            let updated = shared.moving(move)
            references.shared = updated
            let reached = Array(updated.repositioned(by: move))
            for (position, related) in zip(reached, updated.related(at: reached))
            where references.related[briefings[position].id] != related {
                references.related[briefings[position].id] = related
                relayOut.insert(position)
            }
        }
        for page in PageLayout.siteWidePages(briefings: briefings, perPage: config.paginate) { replace(page, relisted: &relisted) }
    }

    /// Moves the briefing in its themes' lists (every list keeps the others' order), and lays
    /// out again the themes' pages and, when a theme's first few changed, its briefings' pages.
    private mutating func moveThemeMembers(_ move: OrderMove, of moved: Briefing, relayOut: inout Set<Int>, relisted: inout Set<Int>) {
        let shown = RelatedBriefings.perTheme + 1
        for (theme, members) in briefingsByTheme {
            let updated = move.map(sorted: members)
            briefingsByTheme[theme] = updated
            guard members.contains(move.from) else { continue }
            if members.prefix(shown).map({ briefings[move.map($0)].id }) != updated.prefix(shown).map({ briefings[$0].id }) {
                relayOut.formUnion(updated)
            }
            if let theme = self.theme(theme) {
                for page in PageLayout.themePages(theme, members: updated, briefings: briefings, perPage: config.paginate) {
                    replace(page, relisted: &relisted)
                }
            }
        }
    }
}
