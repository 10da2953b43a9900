extension SiteIndex {
    /// The index after a briefing's text changed in a way that no page but its own and its
    /// entities' shows: the same card, entity list and links, and the same entities named in the
    /// same order (only the words around them may differ). Nil when the change reaches further,
    /// and the index must be built again. Costs the size of the briefing, not of the site.
    ///
    /// Returns the patched index and the ids of the entities whose mentions read differently.
    func patching(_ briefing: Briefing, linkFirstMention: Bool) -> (index: SiteIndex, entities: Set<String>)? {
        guard let position = position(ofBriefing: briefing.id), let table = references.table else { return nil }
        let old = briefings[position]
        guard old.path == briefing.path, old.card == briefing.card, old.entities.map(\.value) == briefing.entities.map(\.value),
            old.body.links.map(\.destination) == briefing.body.links.map(\.destination),
            old.body.wikiLinks.map(\.target) == briefing.body.wikiLinks.map(\.target),
            old.body.wikiLinks.map(\.hasLabel) == briefing.body.wikiLinks.map(\.hasLabel)
        else { return nil }
        let oldScan = references.scans[briefing.path]
        let scan = MentionScanner(table: table, linkFirstMention: linkFirstMention).scan(briefing.body, briefing: briefing.id)
        guard scan.diagnostics.map(\.message) == oldScan?.diagnostics.map(\.message) else { return nil }
        let oldMentions = references.briefingMentions[briefing.id] ?? []
        let mentions = oldMentions.filter { $0.kind == .listed } + scan.mentions
        guard oldMentions.map(\.entity) == mentions.map(\.entity), oldMentions.map(\.kind) == mentions.map(\.kind) else { return nil }

        var patched = self
        patched.briefings[position] = briefing
        // Same destinations in the same order: each new link takes the old one's target.
        var links: [Int: String] = [:]
        let oldLinks = self.links[briefing.path] ?? [:]
        let oldNodes = old.body.links.map(\.node) + old.body.wikiLinks.map(\.node)
        let newNodes = briefing.body.links.map(\.node) + briefing.body.wikiLinks.map(\.node)
        for (before, after) in zip(oldNodes, newNodes) {
            if let href = oldLinks[before] { links[after] = href }
        }
        patched.links[briefing.path] = links
        var changed: Set<String> = []
        for (before, after) in zip(oldMentions, mentions) where before != after { changed.insert(after.entity) }
        for entity in changed {
            let others = (references.mentions[entity] ?? [])
            guard let first = others.firstIndex(where: { $0.briefing == briefing.id }) else { return nil }
            let end = others[first...].firstIndex { $0.briefing != briefing.id } ?? others.endIndex
            patched.references.mentions[entity]?.replaceSubrange(first..<end, with: mentions.filter { $0.entity == entity })
        }
        patched.references.briefingMentions[briefing.id] = mentions
        patched.references.scans[briefing.path] = scan
        patched.references.autoLinks[briefing.path] = scan.autoLinks
        patched.references.wikiLabels[briefing.path] = scan.wikiLabels
        return (patched, changed)
    }
}
