extension SiteIndex {
    /// Re-indexes one changed briefing on its own: its links, themes and mentions, and from them
    /// the lists of the whole site that hold it — each entity's mentions, co-mentions and theme
    /// counts, the related briefings within reach of it, backlinks, and the pages that show any
    /// of these. Costs the size of the briefing and of what it touches, not of the site; the
    /// index is changed in place, so that nothing the size of the site is copied.
    ///
    /// A new date or weight moves the briefing to its new place in site order first (see
    /// `move(_:relayOut:relisted:)`).
    ///
    /// Returns the pages to render again. Nil, with the index untouched, when the change reaches
    /// further and the whole site must be indexed again: a draft published or withdrawn, a
    /// diagnostic of the index, a theme or an entity that gains its first briefing or loses its
    /// last, new headings that another file links into.
    mutating func reindex(_ briefing: Briefing, linkFirstMention: Bool) -> [Page]? {
        var removed: [Page] = []
        return reindex(briefing, linkFirstMention: linkFirstMention, removed: &removed)
    }

    /// As `reindex(_:linkFirstMention:)`; a theme whose list loses its last page puts that page
    /// in `removed`, for its file to go.
    mutating func reindex(_ briefing: Briefing, linkFirstMention: Bool, removed: inout [Page]) -> [Page]? {
        guard let found = position(ofBriefing: briefing.id), let resolver, let table = references.table else { return nil }
        let old = briefings[found]
        // Updates are listed on a page of the whole site's: a change to them indexes it again.
        guard old.path == briefing.path, old.draft == briefing.draft, old.updates == briefing.updates else { return nil }
        let anchorsChanged = old.body.headings.map(\.anchor) != briefing.body.headings.map(\.anchor)
        var updatedResolver = resolver
        if anchorsChanged {
            guard !isLinkedInto(briefing) else { return nil }
            updatedResolver.update(briefing)
        }
        let checks = BriefingChecks(
            themes: Set(themes.map(\.id)), authors: config.authors.map(\.id), resolver: updatedResolver, table: table,
            linkFirstMention: linkFirstMention, sources: Set(citations.sources.map(\.id)))
        let checked = checks.run(briefing)
        let resolved = checked.resolved, targets = checked.targets, scan = checked.scan, mentions = checked.mentions
        // Citing nothing is a warning of the index: a briefing that starts or stops citing changes it.
        if old.body.citations.isEmpty != briefing.body.citations.isEmpty, !citations.sources.isEmpty || config.requireCitations {
            return nil
        }
        let citedBefore = CitationIndex.places(in: old), citedAfter = CitationIndex.places(in: briefing)
        guard checked.diagnostics.isEmpty, keepsEveryListNonEmpty(briefing, from: old, mentions: mentions),
            keepsEverySourceCited(briefing, before: citedBefore, after: citedAfter)
        else { return nil }

        let before = facetValues(ofBriefingAt: briefing.path)
        var ignored: [Diagnostic] = []
        let linkedBefore = Set(resolver.resolve(old.body, from: old.path, diagnostics: &ignored).1)

        if anchorsChanged { self.resolver = updatedResolver }
        var relayOut: Set<Int> = []
        var relisted: Set<Int> = []
        // A new date or weight: the briefing moves to its new place first.
        let position = place(of: briefing, replacingAt: found)
        if position != found { move(OrderMove(from: found, to: position), relayOut: &relayOut, relisted: &relisted) }
        relayOut.insert(position)
        briefings[position] = briefing
        links[briefing.path] = SiteIndexer.merged(resolved, scan.wikiLinks)
        var resized: [(at: Int, page: Page?)] = []
        if citedBefore != citedAfter {
            let order = briefingPositions
            citations.replace(briefing) { order[$0] ?? Int.max }
            let path = { (id: String) in self.briefing(id)?.path }
            replace(PageLayout.sourceListPage(citations, path: path), relisted: &relisted)
            for id in Set(citedBefore.keys).union(citedAfter.keys) {
                guard let source = citations.source(id) else { continue }
                replace(PageLayout.sourcePage(source, places: citations.places[id] ?? [], path: path), relisted: &relisted)
            }
        }
        updateThemes(of: briefing, from: old, at: position, relayOut: &relayOut, relisted: &relisted, resized: &resized)
        updateMentions(of: briefing, from: old, mentions, scan: scan, at: position, relayOut: &relayOut, relisted: &relisted)
        let linkedAfter = Set(targets)
        for target in linkedBefore.symmetricDifference(linkedAfter) where target != briefing.id {
            updateBacklink(from: briefing.id, at: position, to: target, linked: linkedAfter.contains(target))
            if let at = self.position(ofBriefing: target) { relayOut.insert(at) }
        }
        let path = { (id: String) in self.briefing(id)?.path }
        for position in relayOut {
            let page = PageLayout.briefingPage(
                at: position, briefings: briefings, themeMembers: briefingsByTheme,
                related: (references.related[briefings[position].id] ?? []).compactMap(path),
                backlinks: backlinks, citations: citations, path: path)
            replace(page, relisted: &relisted)
        }

        let change = BriefingFacetValues.change(from: before, to: facetValues(ofBriefingAt: briefing.path))
        // A page that stopped showing the briefing has a new list, so is relisted already: the
        // pages that show it now are all that is left to find.
        var selected = relisted
        for page in pages(dependingOn: briefing.path, facets: change.facets) {
            if let at = pagePositions[page.path] { selected.insert(at) }
        }
        for entity in change.reworded { if let at = pagePositions[SitePaths.entity(entity)] { selected.insert(at) } }
        // A page about to be removed is not rendered.
        var rendered = selected.subtracting(resized.filter { $0.page == nil }.map(\.at)).sorted().map { pages[$0] }
        // Last, since it moves the pages after it: a theme's list that gains a page (rendered)
        // or loses its last (removed).
        for (at, page) in resized.sorted(by: { $0.at > $1.at }) {
            if let page {
                pages.insert(page, at: at)
                rendered.append(page)
            } else {
                removed.append(pages.remove(at: at))
            }
        }
        if !resized.isEmpty { pagePositions = Self.positions(of: pages) }
        return rendered
    }

    /// Whether another file links to a place on this briefing's page.
    private func isLinkedInto(_ briefing: Briefing) -> Bool { !pages(linkingInto: briefing.id).isEmpty }

    /// The pages of the other files that link to a place on a briefing's page: by a resolved
    /// link, or by any link or source URL that names its page with a fragment, as a root-relative
    /// or full URL may. When its headings change, these are the links to check again.
    func pages(linkingInto id: String) -> [Page] {
        let into = SitePaths.briefing(id) + "#"
        func names(_ destination: String) -> Bool { destination.contains(into) }
        var paths: [String] = []
        for briefing in briefings where briefing.id != id {
            if briefing.body.links.contains(where: { names($0.destination) }) || briefing.sources.contains(where: { names($0.url) })
                || (links[briefing.path] ?? [:]).values.contains(where: { $0.hasPrefix(into) })
            {
                paths.append(SitePaths.briefing(briefing.id))
            }
        }
        func linksInto(_ body: MarkdownBody, _ path: String) -> Bool {
            body.links.contains { names($0.destination) } || (links[path] ?? [:]).values.contains { $0.hasPrefix(into) }
        }
        for theme in themes where linksInto(theme.body, theme.path) { paths.append(SitePaths.theme(theme.id)) }
        for entity in references.entities where linksInto(entity.body, entity.path) { paths.append(SitePaths.entity(entity.id)) }
        return paths.compactMap { pagePositions[$0].map { pages[$0] } }
    }

    /// Whether every theme and entity that has briefings keeps at least one, and none gains its
    /// first: either would add or remove a warning of the index.
    private func keepsEveryListNonEmpty(_ briefing: Briefing, from old: Briefing, mentions: [Mention]) -> Bool {
        let themesBefore = Set(old.themes.map(\.value)), themesAfter = Set(briefing.themes.map(\.value))
        for theme in themesBefore.symmetricDifference(themesAfter) {
            let members = briefingsByTheme[theme] ?? []
            guard members.count > (themesBefore.contains(theme) ? 1 : 0) else { return false }
        }
        let namedBefore = Set((references.briefingMentions[briefing.id] ?? []).map(\.entity)), namedAfter = Set(mentions.map(\.entity))
        for entity in namedBefore.symmetricDifference(namedAfter) {
            let others = (references.mentions[entity] ?? []).contains { $0.briefing != briefing.id }
            guard others else { return false }
        }
        return true
    }

    /// Whether every source cited before stays cited, and none gains its first citation: either
    /// would add or remove a warning of the index.
    private func keepsEverySourceCited(
        _ briefing: Briefing, before: [String: [CitationPlace]], after: [String: [CitationPlace]]
    ) -> Bool {
        for id in Set(before.keys).symmetricDifference(after.keys) {
            let others = (citations.places[id] ?? []).contains { $0.briefing != briefing.id }
            guard others else { return false }
        }
        return true
    }

    /// Puts a new layout of a page in the old one's place; a page whose list of what it shows
    /// changed is `relisted`, to be rendered again.
    mutating func replace(_ page: Page, relisted: inout Set<Int>) {
        guard let at = pagePositions[page.path] else { return }
        if page != pages[at] { relisted.insert(at) }
        pages[at] = page
    }

    /// Moves the briefing between its themes' lists. The briefings of a theme whose first few
    /// changed are laid out again.
    private mutating func updateThemes(
        of briefing: Briefing, from old: Briefing, at position: Int, relayOut: inout Set<Int>, relisted: inout Set<Int>,
        resized: inout [(at: Int, page: Page?)]
    ) {
        let before = Set(old.themes.map(\.value)), after = Set(briefing.themes.map(\.value))
        for id in before.symmetricDifference(after) {
            let had = briefingsByTheme[id] ?? []
            var members = had
            if after.contains(id) {
                members.insert(position, at: SharedEntities.insertionPoint(of: position, in: members))
            } else {
                members.removeAll { $0 == position }
            }
            // Its briefings' pages list its first few: if those changed, all are laid out again.
            let shown = RelatedBriefings.perTheme + 1
            if had.prefix(shown).contains(position) || members.prefix(shown).contains(position) {
                relayOut.formUnion(had)
                relayOut.formUnion(members)
            }
            briefingsByTheme[id] = members
            guard let theme = theme(id) else { continue }
            let laidOut = PageLayout.themePages(theme, members: members, briefings: briefings, perPage: config.paginate)
            let count = PageLayout.partCount(had.count, perPage: config.paginate)
            for page in laidOut.prefix(count) { replace(page, relisted: &relisted) }
            // A list that gains a page or loses its last: its pages come together, the first
            // at the theme's own path.
            guard let first = pagePositions[SitePaths.theme(id)] else { continue }
            if laidOut.count > count { resized.append((first + count, laidOut[count])) }
            if laidOut.count < count { resized.append((first + count - 1, nil)) }
        }
    }

    /// Puts the briefing's new mentions in its entities' lists, and derives again what those
    /// lists give: entity pages, co-mentions, theme counts, related briefings.
    private mutating func updateMentions(
        of briefing: Briefing, from old: Briefing, _ mentions: [Mention], scan: MentionScanner.Result, at position: Int,
        relayOut: inout Set<Int>,
        relisted: inout Set<Int>
    ) {
        let before = Set((references.briefingMentions[briefing.id] ?? []).map(\.entity)), after = Set(mentions.map(\.entity))
        let named = before.union(after)
        let themesBefore = Set(old.themes.map(\.value)), themesAfter = Set(briefing.themes.map(\.value))
        for entity in named {
            var list = references.mentions[entity] ?? []
            let count = list.count
            list.removeAll { $0.briefing == briefing.id }
            let own = mentions.filter { $0.entity == entity }
            if !own.isEmpty {
                let at = list.firstIndex { (self.position(ofBriefing: $0.briefing) ?? 0) > position } ?? list.count
                list.insert(contentsOf: own, at: at)
            }
            references.mentions[entity] = list
            // Its mentions counted in its themes: the old ones taken away, the new ones added.
            var counts = references.themeCounts[entity] ?? [:]
            for theme in themesBefore { counts[theme, default: 0] -= count + own.count - list.count }
            for theme in themesAfter { counts[theme, default: 0] += own.count }
            references.themeCounts[entity] = counts.filter { $0.value != 0 }
            // Its page lists the briefings that name it, in site order: a new list when the
            // briefing starts or stops naming it, or moved in the order.
            replace(PageLayout.entityPage(entity, mentions: list) { self.briefing($0)?.path }, relisted: &relisted)
        }
        references.briefingMentions[briefing.id] = mentions
        references.keep(scan, of: briefing.path)
        references.autoLinks[briefing.path] = scan.autoLinks
        references.wikiLabels[briefing.path] = scan.wikiLabels
        guard before != after, let shared = references.shared else { return }

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
        let reach = SharedEntities.reach(of: position, through: before.symmetricDifference(after), before: shared.postings, after: postings)
        for reached in reach {
            let related = updated.related(at: reached, scores: &scores)
            if references.related[briefings[reached].id] != related {
                references.related[briefings[reached].id] = related
                relayOut.insert(reached)
            }
        }
        for entity in named {
            var counts: [Int: Int] = [:]
            for member in postings[entity] ?? [] {
                for other in namedBy[member] where other != entity { counts[references.rank[other] ?? 0, default: 0] += 1 }
            }
            references.coMentioned[entity] = counts.isEmpty ? nil : CrossReferenceBuilder.best(of: counts, ids: references.ranked)
        }
    }

    /// Adds or takes away one briefing's backlink to another, keeping the list in site order.
    mutating func updateBacklink(from source: String, at position: Int, to target: String, linked: Bool) {
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
}
