/// Which pages a change to some briefings touches, found by comparing the index before and after:
/// the pages that show a facet of a changed briefing that changed, and the pages whose list of
/// what they show changed (a new neighbour, a new related briefing, a new backlink).
enum ChangedPages {
    struct Selection {
        /// Pages to render again.
        var pages: [Page]
        /// Pages that no longer exist.
        var removed: [Page]
    }

    /// With `candidates` (positions in `new.pages`, which holds the same pages as `old.pages`),
    /// only those pages can show a new list; without, every page is compared.
    static func select(old: SiteIndex, new: SiteIndex, changed briefings: Set<String>, candidates: Set<Int>? = nil) -> Selection {
        var touched: Set<String> = []
        for path in briefings {
            let before = old.facetValues(ofBriefingAt: path), after = new.facetValues(ofBriefingAt: path)
            var facets: Facets = .content
            if before?.card != after?.card { facets.insert(.card) }
            if before?.mentions != after?.mentions { facets.insert(.mentions) }
            // New words around the same mentions: only the pages of the entities whose own
            // mentions read differently quote them.
            if facets.isDisjoint(with: .mentions), let before, let after, before.wording != after.wording {
                for (old, new) in zip(before.wording, after.wording) where old != new { touched.insert(SitePaths.entity(new.entity)) }
            }
            if before?.links != after?.links { facets.insert(.links) }
            for page in old.pages(dependingOn: path, facets: facets) + new.pages(dependingOn: path, facets: facets) {
                touched.insert(page.path)
            }
        }
        if let candidates {
            let relisted = candidates.filter { old.pages[$0].dependencies != new.pages[$0].dependencies }.map { new.pages[$0].path }
            touched.formUnion(relisted)
            return Selection(pages: new.pages.filter { touched.contains($0.path) }, removed: [])
        }
        let previous = Dictionary(uniqueKeysWithValues: old.pages.map { ($0.path, $0) })
        var selected: [Page] = []
        for page in new.pages where touched.contains(page.path) || previous[page.path]?.dependencies != page.dependencies {
            selected.append(page)
        }
        let current = Set(new.pages.map(\.path))
        return Selection(pages: selected, removed: old.pages.filter { !current.contains($0.path) })
    }
}

/// The facets of one briefing as an index sees them, to compare before and after a change.
struct BriefingFacetValues: Equatable {
    struct Naming: Equatable {
        var entity: String
        var kind: Mention.Kind
    }

    var card: Briefing.Card
    var mentions: [Naming]
    var wording: [Mention]
    var links: [String]
}

extension SiteIndex {
    func facetValues(ofBriefingAt path: String) -> BriefingFacetValues? {
        guard let briefing = ContentPath.id(of: path, kind: .briefing).flatMap(briefing) else { return nil }
        let mentions = references.briefingMentions[briefing.id] ?? []
        return BriefingFacetValues(
            card: briefing.card, mentions: mentions.map { .init(entity: $0.entity, kind: $0.kind) }, wording: mentions,
            links: (links[path] ?? [:]).values.sorted())
    }
}

extension Briefing {
    /// What lists show of a briefing, and its place in them.
    struct Card: Equatable {
        var id: String
        var title: String
        var summary: String
        var date: ContentDate
        var updated: ContentDate?
        var themes: [String]
        var draft: Bool
        var weight: Int
    }

    var card: Card {
        Card(
            id: id, title: title, summary: summary, date: date, updated: updated, themes: themes.map(\.value), draft: draft, weight: weight)
    }
}
