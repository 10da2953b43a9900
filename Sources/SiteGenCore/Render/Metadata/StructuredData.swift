import SiteGenTemplates

/// The JSON-LD of each page (schema.org): the site as a `WebSite`, the page's own node — a
/// briefing as a `NewsArticle` or `Report` with its dates, bylines, publisher, entities and
/// sources; an entity by its kind; a source as a `CreativeWork`; any other page as a `WebPage`
/// or `CollectionPage` — and its `BreadcrumbList`, in one `@graph`. URLs are absolute, the only
/// way search engines read them: a site whose base URL is only a path gets none (no `url`,
/// `@id` or breadcrumb `item`), since a path is wrong wherever the site is served from.
struct StructuredData: Sendable {
    let index: SiteIndex
    /// The nodes many pages share, written as JSON once per build: the site (as other pages
    /// than home show it), its publisher, each entity as briefings name it, each source.
    private var shared = Shared()

    private struct Shared: Sendable {
        var website: LinkedData?
        var publisher: LinkedData?
        var entities: [String: LinkedData] = [:]
        var sources: [String: LinkedData] = [:]
    }

    init(index: SiteIndex) {
        self.index = index
        var shared = Shared()
        shared.website = website(home: false).encoded
        shared.publisher = publisher.encoded
        shared.entities = Dictionary(index.references.entities.map { ($0.id, entity($0, brief: true).encoded) }) { first, _ in first }
        shared.sources = Dictionary(index.citations.sources.map { ($0.id, source($0).encoded) }) { first, _ in first }
        self.shared = shared
    }

    /// A page's own node: a `WebPage` (or `CollectionPage`), a value made for it, or a briefing,
    /// written straight into the page's JSON.
    enum MainNode {
        case webPage
        case value(LinkedData)
        case briefing(Briefing, people: [Person])
    }

    private var config: SiteConfig { index.config }
    /// The URL of a path of the site; nil when the base URL is only a path.
    func url(_ path: String) -> String? { config.hasAbsoluteBaseURL ? config.baseURL + path : nil }
    private var siteID: String? { url(SitePaths.home).map { $0 + "#website" } }

    /// The page's graph — the site, the page's node and its breadcrumb trail — as the content of
    /// its script element. Written as JSON as it is made, since every page has one: the same
    /// bytes as the node it would be (`LinkedData`), without building and then walking it.
    /// `JSONWriter` escapes `<`, `>` and `&`, so that no value can end the element or open a
    /// comment in it, whatever the content says.
    func script(for page: Page, title: String, description: String, breadcrumb: [(String, String)], main: MainNode) -> TrustedHTML {
        var json = JSONWriter(capacity: 4096)
        json.beginObject()
        json.field("@context", "https://schema.org")
        json.key("@graph")
        json.beginArray()
        (page.kind == .home ? website(home: true) : shared.website ?? website(home: false)).write(into: &json)
        switch main {
        case .webPage: writeWebPage(page, title: title, description: description, into: &json)
        case .value(let node): node.write(into: &json)
        case .briefing(let briefing, let people): write(briefing, people: people, into: &json)
        }
        if !breadcrumb.isEmpty {
            json.beginObject()
            json.field("@type", "BreadcrumbList")
            json.key("itemListElement")
            json.beginArray()
            for (offset, step) in (breadcrumb + [(title, page.path)]).enumerated() {
                json.beginObject()
                json.field("@type", "ListItem")
                json.key("position")
                json.int(offset + 1)
                json.field("name", step.0)
                json.field("item", url(step.1))
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return TrustedHTML(String(decoding: json.bytes, as: UTF8.self))
    }

    /// The site; on the home page with its search, which takes `?q=`.
    private func website(home: Bool) -> LinkedData {
        let search = home ? url(SitePaths.search) : nil
        return .typed(
            "WebSite",
            [
                ("@id", .text(siteID)), ("name", .text(config.title)), ("description", .text(config.description)),
                ("url", .text(url(SitePaths.home))), ("inLanguage", .text(config.language)),
                ("publisher", home ? publisher : nil),
                (
                    "potentialAction",
                    search.map {
                        .typed(
                            "SearchAction",
                            [
                                ("target", .text($0 + "?q={search_term_string}")),
                                ("query-input", .text("required name=search_term_string")),
                            ])
                    }
                ),
            ])
    }

    /// Who publishes the site: its `author`, or its title.
    private var publisher: LinkedData {
        if let made = shared.publisher { return made }
        return .typed("Organization", [("name", .text(config.author ?? config.title)), ("url", .text(url(SitePaths.home)))])
    }

    /// The pages that list others: a `CollectionPage` each.
    private static let collections: Set<PageKind> = [.briefingList, .themeList, .theme, .xrefIndex, .sourceList, .updates, .book]

    /// A `WebPage`, or a `CollectionPage` for a page that lists others.
    private func writeWebPage(_ page: Page, title: String, description: String, into json: inout JSONWriter) {
        let address = url(page.path)
        json.beginObject()
        json.field("@type", Self.collections.contains(page.kind) ? "CollectionPage" : "WebPage")
        json.field("@id", address)
        json.field("url", address)
        json.field("name", title)
        json.field("description", description)
        json.field("inLanguage", config.language)
        writePartOfSite(into: &json)
        json.endObject()
    }

    /// `"isPartOf":{"@id":…}`, the site's node, when the site has an absolute URL.
    private func writePartOfSite(into json: inout JSONWriter) {
        guard let siteID else { return }
        json.key("isPartOf")
        json.beginObject()
        json.field("@id", siteID)
        json.endObject()
    }

    /// A briefing: its `type:`, dates, bylines (the publisher when it names none), the entities
    /// it lists (`about`) and those its text names (`mentions`), and every source it cites or
    /// lists (`citation`).
    private func write(_ briefing: Briefing, people: [Person], into json: inout JSONWriter) {
        let page = url(SitePaths.briefing(briefing.id))
        let listed = Set(briefing.entities.map(\.value))
        let named = index.references.briefingEntities[briefing.id] ?? []
        json.beginObject()
        json.field("@type", briefing.type.schemaType)
        json.field("@id", page.map { $0 + "#briefing" })
        json.field("mainEntityOfPage", page)
        json.field("url", page)
        json.field("headline", briefing.title)
        json.field("description", briefing.summary)
        json.field("datePublished", briefing.date.iso)
        json.field("dateModified", briefing.lastChanged.iso)
        // The language of its text: the site's own where a language's page shows it untranslated.
        json.field("inLanguage", index.otherLanguage(ofTextAt: briefing.path) ?? config.language)
        json.key("author")
        json.beginArray()
        if people.isEmpty { publisher.write(into: &json) }
        for person in people {
            json.beginObject()
            json.field("@type", "Person")
            json.field("name", person.name)
            json.field("url", person.url)
            json.endObject()
        }
        json.endArray()
        json.key("publisher")
        publisher.write(into: &json)
        json.list("articleSection", briefing.themes.compactMap { index.theme($0.value)?.title }) { $0.string($1) }
        json.list("about", named.filter { listed.contains($0) }.compactMap { shared.entities[$0] }) { $1.write(into: &$0) }
        json.list("mentions", named.filter { !listed.contains($0) }.compactMap { shared.entities[$0] }) { $1.write(into: &$0) }
        let cited = CitationNumbers(briefing.body.citations).sources.compactMap { shared.sources[$0] }
        json.list("citation", cited + briefing.sources.map { furtherReading($0, of: briefing) }) { $1.write(into: &$0) }
        writePartOfSite(into: &json)
        json.endObject()
    }

    /// An entity by its kind; brief, as a briefing names it: its type, name and page.
    func entity(_ entity: Entity, brief: Bool = false) -> LinkedData {
        let page = url(SitePaths.entity(entity.id))
        let type: String =
            switch entity.kind {
            case .person: "Person"
            case .state: "Country"
            case .organisation: "Organization"
            case .place: "Place"
            case .mechanism, .concept: "DefinedTerm"
            }
        return .typed(
            type,
            [
                ("@id", .text(page.map { $0 + "#entity" })), ("name", .text(entity.name.value)), ("url", .text(page)),
                ("alternateName", brief ? nil : .list(entity.aliases.map { .text($0.value) })),
                ("description", brief ? nil : .text(entity.summary)),
                ("mainEntityOfPage", brief ? nil : .text(page)),
            ])
    }

    /// A source of the site: its title, link, publisher, date and language.
    func source(_ source: Source) -> LinkedData {
        .typed(
            "CreativeWork",
            [
                ("@id", .text(url(SitePaths.source(source.id)).map { $0 + "#source" })), ("name", .text(source.title)),
                ("url", .text(source.url)),
                ("publisher", source.publisher.map { .typed("Organization", [("name", .text($0))]) }),
                ("datePublished", .text(source.date?.iso)), ("inLanguage", .text(source.language)),
            ])
    }

    /// A source a briefing lists under `sources:` (further reading); one given relative to the
    /// briefing is made a full URL of the site, or left out when the base URL is only a path.
    private func furtherReading(_ reference: SourceReference, of briefing: Briefing) -> LinkedData {
        let url: String? =
            if case .relative = LinkDestination(reference.url) {
                config.hasAbsoluteBaseURL
                    ? ContextBuilder.sourceURL(reference.url, of: briefing, links: SiteLinks.absolute(config)) : nil
            } else {
                reference.url
            }
        return .typed(
            "CreativeWork",
            [
                ("name", .text(reference.title)), ("url", .text(url)),
                ("publisher", reference.publisher.map { .typed("Organization", [("name", .text($0))]) }),
                ("datePublished", .text(reference.date?.iso)),
            ])
    }
}
