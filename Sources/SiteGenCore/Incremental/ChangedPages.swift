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

    static func select(old: SiteIndex, new: SiteIndex, changed briefings: Set<String>) -> Selection {
        var touched: Set<String> = []
        for path in briefings {
            let change = BriefingFacetValues.change(from: old.facetValues(ofBriefingAt: path), to: new.facetValues(ofBriefingAt: path))
            touched.formUnion(change.reworded.map(SitePaths.entity))
            for page in old.pages(dependingOn: path, facets: change.facets) + new.pages(dependingOn: path, facets: change.facets) {
                touched.insert(page.path)
            }
        }
        let previous = Dictionary(uniqueKeysWithValues: old.pages.map { ($0.path, $0) })
        var selected: [Page] = []
        // A page laid out anew (what it shows, the size of its list) is rendered again.
        for page in new.pages where touched.contains(page.path) || previous[page.path] != page {
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
    var citations: [String: [CitationPlace]]

    /// The facets that differ (the content always does), and the entities whose mentions read
    /// differently when only their words changed: only those entities' pages quote the words.
    static func change(from before: Self?, to after: Self?) -> (facets: Facets, reworded: [String]) {
        var facets: Facets = .content
        if before?.card != after?.card { facets.insert(.card) }
        if before?.mentions != after?.mentions { facets.insert(.mentions) }
        if before?.links != after?.links { facets.insert(.links) }
        if before?.citations != after?.citations { facets.insert(.citations) }
        guard facets.isDisjoint(with: .mentions), let before, let after, before.wording != after.wording else { return (facets, []) }
        return (facets, zip(before.wording, after.wording).filter { $0 != $1 }.map(\.1.entity))
    }
}

extension SiteIndex {
    func facetValues(ofBriefingAt path: String) -> BriefingFacetValues? {
        // A translation (`x.fr.md`) by the id of the file it translates, as its language's index has it.
        guard let briefing = ContentPath.id(of: ContentPath.original(of: path), kind: .briefing).flatMap(briefing) else { return nil }
        let mentions = references.briefingMentions[briefing.id] ?? []
        return BriefingFacetValues(
            card: briefing.card, mentions: mentions.map { .init(entity: $0.entity, kind: $0.kind) }, wording: mentions,
            links: (links[path] ?? [:]).values.sorted(), citations: CitationIndex.places(in: briefing))
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
        /// The list of updates shows them.
        var updates: [BriefingUpdate]
    }

    var card: Card {
        Card(
            id: id, title: title, summary: summary, date: date, updated: lastChanged, themes: themes.map(\.value), draft: draft,
            weight: weight, updates: updates)
    }
}
