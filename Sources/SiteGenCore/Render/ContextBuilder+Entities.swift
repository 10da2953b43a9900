/// The contexts of entity pages and of the cross-reference index, and the entity parts of
/// briefing and theme pages.
extension ContextBuilder {
    func entityLink(_ id: String) -> [String: Any]? {
        guard let entity = index.references.entity(id) else { return nil }
        return [
            "id": entity.id, "name": entity.name.value, "url": href(SitePaths.entity(entity.id)), "kind": entity.kind.label,
            "summary": entity.summary,
        ]
    }

    /// The entities of these kinds that the briefings name, by kind then name.
    func entities(ofKinds kinds: [EntityKind], in briefings: [Briefing]) -> [[String: Any]] {
        guard !kinds.isEmpty else { return [] }
        let ids = Set(briefings.flatMap { index.references.briefingEntities[$0.id] ?? [] })
        return index.references.entities.filter { ids.contains($0.id) && kinds.contains($0.kind) }
            .sorted {
                (kinds.firstIndex(of: $0.kind)!, $0.name.value.lowercased()) < (kinds.firstIndex(of: $1.kind)!, $1.name.value.lowercased())
            }
            .compactMap { entityLink($0.id) }
    }

    func entity(_ page: Page, _ entity: Entity, markdown: MarkdownRenderer) -> [String: Any] {
        let references = index.references
        let mentions = references.mentions[entity.id] ?? []
        var values = entityLink(entity.id)!
        values["body"] = markdown.html(of: entity.body, rewrites: index.rewrites(for: entity.path))
        // Aliases that differ from the name (or each other) only in case exist for matching, not for readers.
        var shown: Set<String> = [entity.name.value.lowercased()]
        let aliases = entity.aliases.map(\.value).filter { shown.insert($0.lowercased()).inserted }
        if !aliases.isEmpty { values["aliases"] = ["items": aliases] }
        values["countLabel"] = Self.count(mentions.count, "mention")
        var groups: [[String: Any]] = []
        for (briefingID, list) in Self.grouped(mentions) {
            guard let briefing = index.briefing(briefingID) else { continue }
            let url = href(SitePaths.briefing(briefing.id))
            let inContext = list.filter { $0.snippet != nil }.map { mention -> [String: Any] in
                var item: [String: Any] = ["url": url + (mention.anchor.map { "#" + $0 } ?? ""), "wikiLink": mention.kind == .wikiLink]
                if let section = mention.section { item["section"] = section }
                item["sectionLabel"] = mention.section ?? "Opening"
                if let snippet = mention.snippet {
                    item.merge(["before": snippet.before, "term": snippet.term, "after": snippet.after]) { $1 }
                }
                return item
            }
            groups.append([
                "briefing": card(briefing), "mentions": inContext, "listed": list.contains { $0.kind == .listed },
            ])
        }
        let themeCounts = references.themeCounts[entity.id] ?? [:]
        let themes = index.themes.compactMap { theme -> [String: Any]? in
            guard let count = themeCounts[theme.id], count > 0 else { return nil }
            return themeLink(theme).merging(["count": count, "countLabel": Self.count(count, "mention")]) { $1 }
        }
        let alongside = (references.coMentioned[entity.id] ?? []).compactMap { co -> [String: Any]? in
            entityLink(co.entity)?.merging(["countLabel": Self.count(co.briefings, "briefing")]) { $1 }
        }
        var context: [String: Any] = ["entity": values, "mentionGroups": groups]
        context["themes"] = Self.section(themes)
        context["alongside"] = Self.section(alongside)
        return self.page(
            page, title: entity.name.value, description: entity.summary,
            breadcrumb: [("Home", SitePaths.home), ("Index", SitePaths.xrefIndex)], values: context)
    }

    func crossReferenceIndex(_ page: Page) -> [String: Any] {
        let references = index.references
        let kinds = EntityKind.allCases.compactMap { kind -> [String: Any]? in
            let entities = references.entities.filter { $0.kind == kind }
            guard !entities.isEmpty else { return nil }
            return [
                "id": kind.rawValue, "label": kind.plural,
                "entities": entities.map { entity -> [String: Any] in
                    let mentions = references.mentions[entity.id] ?? []
                    var values = entityLink(entity.id)!
                    values["count"] = mentions.count
                    // The newest few briefings; the entity's page lists them all.
                    let briefings = Self.grouped(mentions).map(\.0)
                    values["briefings"] = briefings.prefix(Self.briefingsPerIndexEntry).compactMap { index.briefing($0) }.map {
                        ["title": $0.title, "url": href(SitePaths.briefing($0.id))]
                    }
                    let all = briefings.count
                    if all > Self.briefingsPerIndexEntry {
                        values["more"] = ["countLabel": Self.count(all - Self.briefingsPerIndexEntry, "more briefing")]
                    }
                    return values
                },
            ]
        }
        let rows = references.entities.sorted { ($0.kind, $0.name.value.lowercased()) < ($1.kind, $1.name.value.lowercased()) }.map {
            entity in
            let counts = references.themeCounts[entity.id] ?? [:]
            return [
                "name": entity.name.value, "url": href(SitePaths.entity(entity.id)), "kind": entity.kind.label,
                "cells": index.themes.map { theme -> [String: Any] in
                    let count = counts[theme.id] ?? 0
                    return ["count": count, "hasCount": count > 0, "theme": theme.title]
                },
            ] as [String: Any]
        }
        return self.page(
            page, title: "Index",
            description: "Every person, state, organisation, place and mechanism in \(index.config.title), and where each is mentioned.",
            breadcrumb: [("Home", SitePaths.home)],
            values: [
                "kinds": kinds, "entityCount": references.entities.count,
                "table": ["themes": index.themes.map(themeLink), "rows": rows],
            ])
    }

    /// How many briefings an entry of the index lists before pointing to the entity's page, so
    /// that the index stays readable (and small) on a large site.
    static let briefingsPerIndexEntry = 10

    /// Mentions grouped by briefing, keeping the order of first appearance.
    static func grouped(_ mentions: [Mention]) -> [(String, [Mention])] {
        var order: [String] = []
        var groups: [String: [Mention]] = [:]
        for mention in mentions {
            if groups[mention.briefing] == nil { order.append(mention.briefing) }
            groups[mention.briefing, default: []].append(mention)
        }
        return order.map { ($0, groups[$0]!) }
    }
}
