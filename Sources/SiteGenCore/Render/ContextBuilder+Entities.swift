import SiteGenTemplates

/// The contexts of entity pages and of the cross-reference index, and the entity parts of
/// briefing and theme pages.
extension ContextBuilder {
    func entityLink(_ id: String) -> EntityLink? {
        shared.entityLinks[id]
    }

    /// The entity's link as a value, made once per build: briefing and theme pages list many.
    func encodedEntityLink(_ id: String) -> EntityItem? {
        shared.encodedEntityLinks[id]
    }

    /// The entities of these kinds that the briefings at these positions name, by kind then name.
    func entities(ofKinds kinds: [EntityKind], inBriefingsAt positions: [Int]) -> [EntityItem] {
        guard !kinds.isEmpty else { return [] }
        var ids: Set<String> = []
        // Read in place: a theme can have thousands of briefings, and each copied out whole
        // (as `index.briefings(inTheme:)` does) was a fifth of the theme page's context.
        index.briefings.withUnsafeBufferPointer { briefings in
            for position in positions { ids.formUnion(index.references.briefingEntities[briefings[position].id] ?? []) }
        }
        return index.references.entities.filter { ids.contains($0.id) && kinds.contains($0.kind) }
            // By the theme's order of kinds, then in the index's order (the language's A–Z).
            .sorted { (kinds.firstIndex(of: $0.kind)!, rank($0.id)) < (kinds.firstIndex(of: $1.kind)!, rank($1.id)) }
            .compactMap { encodedEntityLink($0.id) }
    }

    func entity(_ page: Page, _ entity: Entity, markdown: MarkdownRenderer) -> TemplateValue {
        let references = index.references
        let mentions = references.mentions[entity.id] ?? []
        // Aliases that differ from the name (or each other) only in case exist for matching, not for readers.
        var shown: Set<String> = [entity.name.value.lowercased()]
        let aliases = entity.aliases.map(\.value).filter { shown.insert($0.lowercased()).inserted }
        let detail = EntityDetail(
            body: markdown.html(of: entity.body, rewrites: index.rewrites(for: entity.path)), aliases: .of(aliases),
            countLabel: strings.count("mentions_count", mentions.count),
            noMentions: strings.text("no_mentions", ["name": entity.name.value]))
        // Each briefing's group made as the page renders it, and dropped once rendered, as the
        // book's briefings are: on a large site an entity has thousands, and all of them held at
        // once outgrew the cache (the entity's context took 1.35 times its share at 100,000).
        let runs = mentions.briefingRuns().compactMap { briefing, range in index.position(ofBriefing: briefing).map { ($0, range) } }
        let groups = LazyItems(count: runs.count) { item in mentionGroup(at: runs[item].0, mentions[runs[item].1]) }
        let themeCounts = references.themeCounts[entity.id] ?? [:]
        let themes = index.themes.compactMap { theme -> Merged<ThemeLink, CountContext>? in
            guard let count = themeCounts[theme.id], count > 0 else { return nil }
            return Merged(themeLink(theme), CountContext(count: count, countLabel: strings.count("mentions_count", count)))
        }
        let alongside = (references.coMentioned[entity.id] ?? []).compactMap { co in
            entityLink(co.entity).map { Merged($0, LabelContext(countLabel: strings.count("alongside_count", co.briefings))) }
        }
        return self.page(
            page, title: entity.name.value, description: entity.summary,
            breadcrumb: [(strings.text("home"), SitePaths.home), (strings.text("index"), SitePaths.xrefIndex)],
            content: EntityPageContext(
                entity: Merged(entityLink(entity.id)!, detail), mentionGroups: groups, themes: .of(themes), alongside: .of(alongside)),
            linkedData: .value(structuredData.entity(entity)), feed: (SitePaths.feed(ofEntity: entity.id), of: entity.name.value))
    }

    /// The card of the briefing at `position` and the entity's mentions in it (`run`, in its order).
    private func mentionGroup(at position: Int, _ run: ArraySlice<Mention>) -> MentionGroup {
        let entry = cardEntry(at: position)
        var listed = false
        // Each field read in place: the mention is not copied out whole.
        let inContext = run.indices.compactMap { mention -> MentionItem? in
            let kind = run[mention].kind
            if kind == .listed { listed = true }
            guard let snippet = run[mention].snippet else { return nil }
            let section = run[mention].section
            return MentionItem(
                url: entry.url(ofSection: run[mention].anchor), section: section, sectionLabel: section ?? strings.text("opening"),
                before: snippet.before, term: snippet.term, after: snippet.after, wikiLink: kind == .wikiLink)
        }
        return MentionGroup(briefing: entry.card, listed: listed, mentions: inContext)
    }

    func crossReferenceIndex(_ page: Page) -> TemplateValue {
        let references = index.references
        let kinds = EntityKind.allCases.compactMap { kind -> IndexKind? in
            let entities = references.entities.filter { $0.kind == kind }
            guard !entities.isEmpty else { return nil }
            return IndexKind(
                id: kind.rawValue, label: strings.plural(kind),
                entities: entities.map { entity in
                    let mentions = references.mentions[entity.id] ?? []
                    // The newest few briefings; the entity's page lists them all.
                    let (first, all) = Self.briefings(naming: mentions, keeping: Self.briefingsPerIndexEntry)
                    let shown = first.compactMap { index.position(ofBriefing: $0) }
                    let entry = IndexEntry(
                        count: mentions.count,
                        briefings: shown.enumerated().map { rank, position in
                            let briefing = index.briefings[position]
                            return IndexBriefing(
                                title: briefing.title, url: href(SitePaths.briefing(briefing.id)), last: rank == shown.count - 1)
                        },
                        more: all > Self.briefingsPerIndexEntry
                            ? LabelContext(countLabel: strings.count("and_more", all - Self.briefingsPerIndexEntry)) : nil)
                    return Merged(entityLink(entity.id)!, entry)
                })
        }
        let rows = references.entities.sorted { rank($0.id) < rank($1.id) }.map {
            entity in
            let counts = references.themeCounts[entity.id] ?? [:]
            return IndexRow(
                name: entity.name.value, url: href(SitePaths.entity(entity.id)), kind: strings.label(entity.kind),
                cells: index.themes.map { theme in
                    let count = counts[theme.id] ?? 0
                    return IndexCell(count: count, hasCount: count > 0, theme: theme.title)
                })
        }
        return self.page(
            page, title: strings.text("index"),
            description: strings.text("index_description", ["site": index.config.title]),
            breadcrumb: [(strings.text("home"), SitePaths.home)],
            content: IndexContext(
                kinds: kinds, entityCount: references.entities.count,
                table: IndexTable(themes: index.themes.map { themeLink($0) }, rows: rows)))
    }

    /// How many briefings an entry of the index lists before pointing to the entity's page, so
    /// that the index stays readable (and small) on a large site.
    static let briefingsPerIndexEntry = 10

    /// The first `count` briefings of an entity's mentions, and how many briefings there are.
    static func briefings(naming mentions: [Mention], keeping count: Int) -> (first: [String], all: Int) {
        let runs = mentions.briefingRuns()
        return (runs.prefix(count).map(\.briefing), runs.count)
    }

    /// An entity's place in the index: by kind, then A–Z in the site's language.
    func rank(_ id: String) -> Int { index.references.rank[id] ?? Int.max }
}
