/// Builds the cross-references of a site: scans every briefing (on all cores), resolves every
/// wiki-link and front-matter `entities:` list, and derives co-mentions, theme counts and
/// related briefings. Every step costs time in proportion to the briefings and their text.
struct CrossReferenceBuilder {
    let table: EntityTable
    let linkFirstMention: Bool
    /// The order of names in the site's language.
    var collation = Collation(language: "en")

    struct Output {
        var references: CrossReferences
        /// For each source file, wiki-link node → entity page path.
        var wikiLinks: [String: [Int: String]]
        /// For each entity named in a briefing, the briefings that name it, by their places in
        /// `briefings`, in site order: its page's list, found without looking briefings up by id.
        var naming: [String: [Int]] = [:]
        /// Each briefing's related briefings, by their places in `briefings`.
        var relatedPlaces: [[Int]] = []
    }

    /// With `previous` (built with the same entities and settings), briefings whose paths are not
    /// in `changed` keep their earlier scan.
    func build(
        briefings: [Briefing], themes: [Theme], reusing previous: CrossReferences? = nil, changed: Set<String> = [],
        diagnostics: inout [Diagnostic]
    ) -> Output {
        let scanner = MentionScanner(table: table, linkFirstMention: linkFirstMention)
        // Each briefing's earlier scan, looked up once; nil for those to scan again.
        // By position: pairs of briefings and scans would copy every briefing. In a closure, so
        // that nothing but `scans` holds the scans' mentions, which are dropped below.
        var scans: [MentionScanner.Result] = {
            var found = briefings.indices.map { changed.contains(briefings[$0].path) ? nil : previous?.scan(of: briefings[$0]) }
            let fresh = briefings.indices.filter { found[$0] == nil }
            let rescanned = fresh.parallelMap { scanner.scan(briefings[$0].body, briefing: briefings[$0].id) }
            for (position, scan) in zip(fresh, rescanned) { found[position] = scan }
            return found.map { $0! }
        }()
        // Each briefing's listed entities, its mentions and the entities they name, as numbers in
        // the table, on every core: below, no mention's id is hashed again.
        let scanned = scans
        let named = Array(briefings.indices).parallelMap { position in
            var diagnostics: [Diagnostic] = []
            let listed = listed(in: briefings[position], diagnostics: &diagnostics)
            let all = listed.isEmpty ? scanned[position].mentions : listed + scanned[position].mentions
            let slots = all.map { table.index(ofID: $0.entity)! }
            return Named(mentions: all, slots: slots, entities: Array(Set(slots)), diagnostics: diagnostics)
        }
        // Each entity's mentions, in site order: the entities split between the cores, each list
        // made at its size.
        let parts = min(2, max(1, table.entities.count))
        let lists = Array(0..<parts).parallelMap { part in
            var counts = [Int](repeating: 0, count: table.entities.count)
            for briefing in named { for slot in briefing.slots where slot % parts == part { counts[slot] += 1 } }
            var lists = counts.map { count -> [Mention] in
                var list: [Mention] = []
                list.reserveCapacity(count)
                return list
            }
            for briefing in named {
                for (mention, slot) in zip(briefing.mentions, briefing.slots) where slot % parts == part { lists[slot].append(mention) }
            }
            return lists
        }
        var mentions = [String: [Mention]](minimumCapacity: table.entities.count)
        for (slot, entity) in table.entities.enumerated() where !lists[slot % parts][slot].isEmpty {
            mentions[entity.id] = lists[slot % parts][slot]
        }
        for position in briefings.indices {
            diagnostics += scans[position].diagnostics + named[position].diagnostics
            // Its mentions are kept once, in `briefingMentions`, not in the scan too.
            scans[position].mentions = []
        }
        let others = (themes.map { ($0.path, $0.body) } + table.entities.map { ($0.path, $0.body) }).map {
            (path: $0.0, scan: scanner.scan($0.1, briefing: nil))
        }
        for other in others { diagnostics += other.scan.diagnostics }
        // The five tables by path and by id beside the entities' order: with 100,000 briefings,
        // each of the two held one core for about 0.2 s while the other waited.
        let stripped = scans
        let ((byPath, byBriefing), order) = Concurrently.run(
            {
                (
                    ByPath(briefings: briefings, scans: stripped, others: others),
                    ByBriefing(briefings: briefings, scans: stripped, named: named)
                )
            },
            { EntityOrder(briefings: briefings, named: named, table: table, collation: collation) })
        for entity in table.entities where mentions[entity.id] == nil {
            diagnostics.append(.warning(.index, at: SourceLocation(path: entity.path), "entity '\(entity.id)' is mentioned in no briefing"))
        }
        let (ranked, shared) = (order.ranked, order.shared)
        // Related briefings on every core; then co-mentions, the related briefings by id and the
        // entities by briefing beside the theme counts and each entity's briefings, each serial,
        // so that neither runs inside the other's `concurrentPerform` (a nested one gets a single
        // thread on 2 cores).
        let relatedPlaces = shared.relatedPlaces(at: Array(briefings.indices))
        let ((coMentioned, related, briefingEntities), (themeCounts, naming)) = Concurrently.run(
            {
                (
                    Self.coMentions(order.numbered, ids: ranked.map(\.id)), shared.related(from: relatedPlaces),
                    Dictionary(uniqueKeysWithValues: zip(shared.briefings, shared.named))
                )
            },
            {
                let counts = Self.themeCounts(
                    slots: named.lazy.map(\.slots), themes: briefings.lazy.map { $0.themes.lazy.map(\.value) },
                    entities: table.entities.map(\.id))
                var naming = [[Int]](repeating: [], count: table.entities.count)
                for position in named.indices {
                    for slot in named[position].entities { naming[slot].append(position) }
                }
                return (counts, naming)
            })
        var references = CrossReferences(
            entities: order.byName,
            mentions: mentions, briefingEntities: briefingEntities,
            related: related, coMentioned: coMentioned, themeCounts: themeCounts, autoLinks: byPath.autoLinks,
            wikiLabels: byPath.wikiLabels, briefingMentions: byBriefing.mentions, scans: byBriefing.scans, table: table)
        references.shared = shared
        references.ranked = ranked.map(\.id)
        references.rank = order.rank
        var output = Output(references: references, wikiLinks: byPath.wikiLinks)
        output.relatedPlaces = relatedPlaces
        for (slot, positions) in naming.enumerated() where !positions.isEmpty { output.naming[table.entities[slot].id] = positions }
        return output
    }

    /// A briefing's mentions (listed first), each entity's number in the table beside each, and
    /// the entities it names.
    struct Named: Sendable {
        var mentions: [Mention]
        var slots: [Int]
        var entities: [Int]
        var diagnostics: [Diagnostic]
    }

    /// The briefing's front-matter `entities:`, each an error if it names no entity.
    func listed(in briefing: Briefing, diagnostics: inout [Diagnostic]) -> [Mention] {
        var seen: Set<String> = []
        return briefing.entities.compactMap { entry in
            guard let entity = table.entity(id: entry.value) else {
                if table.unparsed.contains(entry.value) { return nil }
                let ids = table.entities.map(\.id)
                diagnostics.append(
                    .error(.index, at: entry.location, "unknown entity '\(entry.value)'\(Suggestion.didYouMean(entry.value, in: ids))"))
                return nil
            }
            guard seen.insert(entity.id).inserted else { return nil }
            return Mention(entity: entity.id, briefing: briefing.id, kind: .listed)
        }
    }

    /// For each entity, the five others named in most of the same briefings; ties go to the one
    /// first in the index. Entities are numbered by their place in the index.
    static func coMentions(_ named: [[Int]], ids: [String], denseLimit: Int = denseCoMentionLimit) -> [String: [CoMention]] {
        let count = ids.count
        /// Every ordered pair of different entities named in one briefing, once per briefing.
        func eachPair(_ body: (Int, Int) -> Void) {
            for members in named {
                for a in members {
                    for b in members where a != b { body(a, b) }
                }
            }
        }
        var result: [String: [CoMention]] = [:]
        guard count <= denseLimit else {
            var counts = [[Int: Int]](repeating: [:], count: count)
            eachPair { counts[$0][$1, default: 0] += 1 }
            for (a, others) in counts.enumerated() where !others.isEmpty { result[ids[a]] = best(of: others, ids: ids) }
            return result
        }
        // A table of every pair: a dictionary per entity cost 2% of a 10,000-briefing build.
        var table = [Int32](repeating: 0, count: count * count)
        eachPair { table[$0 * count + $1] += 1 }
        for a in 0..<count {
            let row = (0..<count).lazy.filter { table[a * count + $0] > 0 }.map { (key: $0, value: Int(table[a * count + $0])) }
            if !row.isEmpty { result[ids[a]] = best(of: row, ids: ids) }
        }
        return result
    }

    /// Sites with at most this many entities count pairs in a table (16 MiB at most).
    static let denseCoMentionLimit = 2048

    /// The five entities with most briefings in `counts` (entity number → briefings), ties to the
    /// one first in the index.
    static func best(of counts: some Sequence<(key: Int, value: Int)>, ids: [String]) -> [CoMention] {
        var best: [(entity: Int, count: Int)] = []
        for (entity, count) in counts {
            let slot = best.firstIndex { count > $0.count || (count == $0.count && entity < $0.entity) } ?? best.count
            guard slot < 5 else { continue }
            best.insert((entity, count), at: slot)
            if best.count > 5 { best.removeLast() }
        }
        return best.map { CoMention(entity: ids[$0.entity], briefings: $0.count) }
    }

    /// How many of each entity's mentions are in briefings of each theme, by entity id, for the
    /// entities with mentions: each mention counts once in each theme of its briefing. `slots`
    /// holds each briefing's mentions as entity numbers (places in `entities`), `themes` its
    /// themes, by the briefing's place. By numbers, so that no briefing id or theme name is hashed
    /// per mention, and counted in a row per entity indexed by the theme's number (a site has few
    /// themes): a dictionary per entity cost 0.1 s at 100,000 briefings.
    static func themeCounts<Slots: Sequence<[Int]>, Themes: Sequence>(
        slots: Slots, themes: Themes, entities: [String]
    )
        -> [String: [String: Int]] where Themes.Element: Sequence<String>
    {
        var numbers: [String: Int] = [:], names: [String] = []
        var rows = [[Int]?](repeating: nil, count: entities.count)
        var own: [Int] = []
        for (slots, themes) in zip(slots, themes) where !slots.isEmpty {
            own.removeAll(keepingCapacity: true)
            for name in themes {
                let number = numbers[name] ?? names.count
                if number == names.count {
                    numbers[name] = number
                    names.append(name)
                }
                if !own.contains(number) { own.append(number) }
            }
            for slot in slots {
                if rows[slot] == nil { rows[slot] = [] }
                for number in own {
                    if rows[slot]!.count <= number {
                        rows[slot]!.append(contentsOf: repeatElement(0, count: number + 1 - rows[slot]!.count))
                    }
                    rows[slot]![number] += 1
                }
            }
        }
        var counts = [String: [String: Int]](minimumCapacity: entities.count)
        for (slot, row) in rows.enumerated() {
            guard let row else { continue }
            var byName = [String: Int](minimumCapacity: row.count)
            for (number, count) in row.enumerated() where count > 0 { byName[names[number]] = count }
            counts[entities[slot]] = byName
        }
        return counts
    }
}
