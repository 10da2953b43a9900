extension SiteIndex {
    /// The index after one briefing changed, re-indexed on its own: its links, themes and
    /// mentions, and from them the lists of the whole site that hold it — each entity's mentions,
    /// co-mentions and theme counts, the related briefings within reach of it, backlinks, and the
    /// pages that show any of these. Costs the size of the briefing and of what it touches, not of
    /// the site.
    ///
    /// Returns the index and the ids of the pages whose lists of what they show changed; nil when
    /// the change reaches further, and the whole site must be indexed again: a new place in the
    /// order, a draft published or withdrawn, a diagnostic of the index (new or gone), a theme or
    /// an entity that gains its first briefing or loses its last, new headings that another file
    /// links into.
    func reindexing(_ briefing: Briefing, linkFirstMention: Bool) -> (index: SiteIndex, candidates: Set<Int>)? {
        guard let position = position(ofBriefing: briefing.id), let resolver, let table = references.table,
            let shared = references.shared
        else { return nil }
        let old = briefings[position]
        guard old.path == briefing.path, old.draft == briefing.draft,
            position == 0 || Briefing.newestFirst(briefings[position - 1], briefing),
            position + 1 == briefings.count || Briefing.newestFirst(briefing, briefings[position + 1])
        else { return nil }
        var updatedResolver = resolver
        if old.body.headings.map(\.anchor) != briefing.body.headings.map(\.anchor) {
            let into = SitePaths.briefing(briefing.id) + "#"
            guard !links.contains(where: { $0.key != briefing.path && $0.value.values.contains { $0.hasPrefix(into) } }) else {
                return nil
            }
            updatedResolver.update(briefing)
        }
        var diagnostics = SiteIndexer.checkThemes(of: briefing, known: Set(themes.map(\.id)))
        let (resolved, targets) = updatedResolver.resolve(briefing.body, from: briefing.path, diagnostics: &diagnostics)
        let scan = MentionScanner(table: table, linkFirstMention: linkFirstMention).scan(briefing.body, briefing: briefing.id)
        diagnostics += scan.diagnostics
        let mentions =
            CrossReferenceBuilder(table: table, linkFirstMention: linkFirstMention).listed(in: briefing, diagnostics: &diagnostics)
            + scan.mentions
        guard diagnostics.isEmpty else { return nil }

        var index = self
        index.resolver = updatedResolver
        index.briefings[position] = briefing
        index.links[briefing.path] = resolved.merging(scan.wikiLinks) { $1 }
        var candidates: Set<Int> = [position]
        guard index.updateThemes(of: briefing, from: old, at: position, candidates: &candidates),
            index.updateMentions(of: briefing, mentions, scan: scan, at: position, shared: shared, candidates: &candidates)
        else { return nil }
        var ignored: [Diagnostic] = []
        let before = Set(resolver.resolve(old.body, from: old.path, diagnostics: &ignored).1), after = Set(targets)
        for target in before.symmetricDifference(after) where target != briefing.id {
            index.updateBacklink(from: briefing.id, at: position, to: target, linked: after.contains(target))
            if let at = index.position(ofBriefing: target) { candidates.insert(at) }
        }
        index.layOut(briefingPagesAt: candidates)
        return (index, Set(candidates.compactMap { index.pagePositions[SitePaths.briefing(index.briefings[$0].id)] }))
    }

    /// Moves the briefing between its themes' lists; false when a theme gains its first or loses
    /// its last briefing. Pages that show the first few of a changed theme are candidates.
    private mutating func updateThemes(of briefing: Briefing, from old: Briefing, at position: Int, candidates: inout Set<Int>) -> Bool {
        let before = Set(old.themes.map(\.value)), after = Set(briefing.themes.map(\.value))
        for theme in before.symmetricDifference(after) {
            let had = briefingsByTheme[theme] ?? []
            var members = had
            if after.contains(theme) {
                members.insert(position, at: SharedEntities.insertionPoint(of: position, in: members))
            } else {
                members.removeAll { $0 == position }
            }
            guard !had.isEmpty, !members.isEmpty else { return false }
            let shown = RelatedBriefings.perTheme + 1
            if had.prefix(shown).contains(position) || members.prefix(shown).contains(position) {
                candidates.formUnion(had)
                candidates.formUnion(members)
            }
            briefingsByTheme[theme] = members
            if let theme = self.theme(theme), let at = pagePositions[SitePaths.theme(theme.id)] {
                pages[at] = PageLayout.themePage(theme, members: members, briefings: briefings)
            }
        }
        return true
    }

    /// Puts the briefing's new mentions in its entities' lists, and derives again what those
    /// lists give: entity pages, co-mentions, theme counts, related briefings. False when an
    /// entity gains its first mention or loses its last.
    private mutating func updateMentions(
        of briefing: Briefing, _ mentions: [Mention], scan: MentionScanner.Result, at position: Int, shared: SharedEntities,
        candidates: inout Set<Int>
    ) -> Bool {
        let before = Set((references.briefingMentions[briefing.id] ?? []).map(\.entity)), after = Set(mentions.map(\.entity))
        let named = before.union(after)
        for entity in named {
            guard var list = references.mentions[entity] else { return false }
            list.removeAll { $0.briefing == briefing.id }
            let own = mentions.filter { $0.entity == entity }
            if !own.isEmpty {
                let at = list.firstIndex { (self.position(ofBriefing: $0.briefing) ?? 0) > position } ?? list.count
                list.insert(contentsOf: own, at: at)
            }
            guard !list.isEmpty else { return false }
            references.mentions[entity] = list
            references.themeCounts[entity] = CrossReferenceBuilder.themeCounts(of: list) { [briefings] id in
                Set((self.position(ofBriefing: id).map { briefings[$0] })?.themes.map(\.value) ?? [])
            }
            if let at = pagePositions[SitePaths.entity(entity)] {
                pages[at] = PageLayout.entityPage(entity, mentions: list) { self.briefing($0)?.path }
            }
        }
        references.briefingMentions[briefing.id] = mentions
        references.scans[briefing.path] = scan
        references.autoLinks[briefing.path] = scan.autoLinks
        references.wikiLabels[briefing.path] = scan.wikiLabels
        guard before != after else { return true }

        let ordered = after.sorted { references.rank[$0] ?? 0 < references.rank[$1] ?? 0 }
        references.briefingEntities[briefing.id] = ordered
        var postings = shared.postings
        for entity in before.symmetricDifference(after) {
            var list = postings[entity] ?? []
            if after.contains(entity) {
                list.insert(position, at: SharedEntities.insertionPoint(of: position, in: list))
            } else {
                list.removeAll { $0 == position }
            }
            postings[entity] = list.isEmpty ? nil : list
        }
        var namedBy = shared.named
        namedBy[position] = ordered
        let updated = SharedEntities(briefings: shared.briefings, named: namedBy, postings: postings)
        references.shared = updated
        var scores = [Int](repeating: 0, count: briefings.count)
        for reached in SharedEntities.reach(
            of: position, through: before.symmetricDifference(after), before: shared.postings, after: postings)
        {
            let related = updated.related(at: reached, scores: &scores)
            if references.related[briefings[reached].id] != related {
                references.related[briefings[reached].id] = related
                candidates.insert(reached)
            }
        }
        for entity in named {
            var counts: [Int: Int] = [:]
            for member in postings[entity] ?? [] {
                for other in namedBy[member] where other != entity { counts[references.rank[other] ?? 0, default: 0] += 1 }
            }
            references.coMentioned[entity] = counts.isEmpty ? nil : CrossReferenceBuilder.best(of: counts, ids: references.ranked)
        }
        return true
    }

    /// Adds or takes away one briefing's backlink to another, keeping the list in site order.
    private mutating func updateBacklink(from source: String, at position: Int, to target: String, linked: Bool) {
        var list = backlinks[target] ?? []
        if linked {
            guard !list.contains(source) else { return }
            let at = list.firstIndex { (self.position(ofBriefing: $0) ?? 0) > position } ?? list.count
            list.insert(source, at: at)
        } else {
            list.removeAll { $0 == source }
        }
        backlinks[target] = list.isEmpty ? nil : list
    }

    /// Lays out again the pages of the briefings at these positions.
    private mutating func layOut(briefingPagesAt positions: Set<Int>) {
        for position in positions {
            guard let at = pagePositions[SitePaths.briefing(briefings[position].id)] else { continue }
            pages[at] = PageLayout.briefingPage(
                at: position, briefings: briefings, themeMembers: briefingsByTheme, related: references.related,
                backlinks: backlinks
            ) { self.briefing($0)?.path }
        }
    }
}
