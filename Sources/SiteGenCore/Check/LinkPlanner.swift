import SiteGenTemplates

/// Decides before pages render which of them the link check must read, so that a clean build
/// reads none: a link is settled where it is made when sitegen can see where it leads.
///
/// - Markdown links and source URLs are resolved as each page that shows them renders them.
/// - A template's links are read once from its own text: a literal one, or one that starts with
///   a value the same on every page of a kind (`{{assets}}style.css`, `{{nav.home}}#top`), is
///   resolved once for the kind; one that is a context value alone (`{{url}}`, `#{{anchor}}`) is
///   right by construction, since sitegen makes those URLs and ids from the same paths.
/// - An id is seen when a heading of a body the page shows makes it, or when the page's
///   templates write it outside any section.
///
/// Whatever is not settled so — a link that looks broken, an id not seen — puts the page that
/// has it (and the page it leads to) among those read with libxml2 as they render; the check
/// reports what that reading finds, exactly as reading every page would. Raw HTML in Markdown
/// (`unsafe_html`), links relative to each page (`relative_urls`), or a template whose tags
/// cannot all be seen, means reading every page.
struct LinkPlanner {
    let index: SiteIndex
    let checker: LinkChecker
    let templates: TemplateLinks
    /// The values every page of a kind shares, to complete template links that start with one.
    let sitewide: (PageKind) -> TemplateValue

    /// The output paths of the pages to read, to check the links of `pages` (all by default): those
    /// pages and the pages their unsettled links lead to; nil for every page.
    func pagesToScan(among pages: [Page]? = nil) -> Set<String>? {
        // Links relative to each page differ between pages of a kind at other depths: read them all.
        guard !index.config.markdown.unsafeHTML, !index.config.relativeURLs else { return nil }
        var reach: [PageKind: [(name: String, always: Bool)]] = [:]
        for kind in PageKind.allCases {
            guard let files = templates.reach(from: kind.template) else { return nil }
            reach[kind] = files
        }
        let checked = pages ?? index.pages
        let pagesByKind = Dictionary(grouping: checked, by: \.kind)
        // Made when a link first leads to another page: most rebuilds of the preview need none.
        var byOutput: [String: Page]?
        // The ids a kind's templates always write.
        let templateIDs = reach.mapValues { files in
            Set(files.filter(\.always).flatMap { templates.files[$0.name]!.anchors.filter { !$0.conditional }.map(\.value) })
        }
        // Each page's ids are gathered once, when a link first leads there (the book has thousands).
        var seenIDs: [String: Set<String>] = [:]
        func ids(of page: Page) -> Set<String> {
            if let known = seenIDs[page.outputPath] { return known }
            let found = templateIDs[page.kind, default: []].union(headingIDs(of: page))
            seenIDs[page.outputPath] = found
            return found
        }
        func ids(of target: String) -> Set<String> {
            if byOutput == nil { byOutput = Dictionary(index.pages.map { ($0.outputPath, $0) }) { first, _ in first } }
            return byOutput?[target].map(ids(of:)) ?? []
        }
        var scan: Set<String> = []
        /// Settles one link on one page: nil when it is right, else the pages to read.
        func unsettled(_ resolution: LinkChecker.Resolution?, on page: Page, idsOnPage: () -> Set<String>) -> [String]? {
            switch resolution {
            case nil: nil
            case .broken: [page.outputPath]
            case let .fragment(target, id) where target == page.outputPath: idsOnPage().contains(id) ? nil : [page.outputPath]
            case let .fragment(target, id): ids(of: target).contains(id) ? nil : [page.outputPath, target]
            }
        }
        // Each page's links resolved on every core (at 100,000 briefings, one after the other, this
        // took 0.75 s); the few that lead elsewhere or to an id are settled here.
        let index = index, checker = checker
        let resolved = checked.parallelMap { page in
            Self.contentLinks(on: page, index: index).compactMap { checker.resolve($0, on: page) }
        }
        for (page, resolutions) in zip(checked, resolved) {
            for resolution in resolutions {
                if let pages = unsettled(resolution, on: page, idsOnPage: { ids(of: page) }) { scan.formUnion(pages) }
            }
        }
        for (kind, files) in reach {
            guard let pages = pagesByKind[kind], let first = pages.first else { continue }
            let context = sitewide(kind)
            for file in files {
                for written in templates.files[file.name]!.links {
                    switch Self.templateLink(written, context: context) {
                    case .madeByContext: continue
                    case .unknown: scan.formUnion(pages.map(\.outputPath))
                    case .value(let value):
                        // The same on every page of the kind; an id on the page itself must be one
                        // the kind's templates always write, since headings differ from page to page.
                        if let targets = unsettled(
                            checker.resolve(value, on: first), on: first, idsOnPage: { templateIDs[kind, default: []] })
                        {
                            scan.formUnion(targets + pages.map(\.outputPath))
                        }
                    }
                }
            }
        }
        return scan
    }

    /// The links a page's Markdown bodies and sources get, as the page renders them.
    private static func contentLinks(on page: Page, index: SiteIndex) -> [String] {
        let config = index.config
        switch page.kind {
        case .briefing:
            guard let briefing = page.id.flatMap(index.briefing) else { return [] }
            return bodyLinks(briefing.body, path: briefing.path, links: SiteLinks.host(config), anchorPrefix: "", index: index)
                + sourceLinks(briefing, index: index)
        case .theme:
            guard let theme = page.id.flatMap(index.theme) else { return [] }
            return bodyLinks(theme.body, path: theme.path, links: SiteLinks.host(config), anchorPrefix: "", index: index)
        case .entity:
            guard let entity = page.id.flatMap(index.references.entity) else { return [] }
            return bodyLinks(entity.body, path: entity.path, links: SiteLinks.host(config), anchorPrefix: "", index: index)
        case .source:
            guard let source = page.id.flatMap(index.citations.source) else { return [] }
            return bodyLinks(source.body, path: source.path, links: SiteLinks.host(config), anchorPrefix: "", index: index)
        case .book:
            let links = ContextBuilder.bookLinks(config, page: SiteLinks.host(config))
            return index.briefings.flatMap {
                bodyLinks($0.body, path: $0.path, links: links, anchorPrefix: ContextBuilder.bookAnchorPrefix($0), index: index)
                    + sourceLinks($0, index: index)
            }
        default: return []
        }
    }

    /// A body's links as `MarkdownRenderer` writes them.
    private static func bodyLinks(_ body: MarkdownBody, path: String, links: SiteLinks, anchorPrefix: String, index: SiteIndex) -> [String]
    {
        let rewrites = index.links[path] ?? [:]
        return body.links.map { link in
            MarkdownRenderer.destination(
                of: link, in: body.document, rewritten: rewrites[link.node], links: links, anchorPrefix: anchorPrefix)
        }
    }

    private static func sourceLinks(_ briefing: Briefing, index: SiteIndex) -> [String] {
        briefing.sources.map { ContextBuilder.sourceURL($0.url, of: briefing, links: SiteLinks.host(index.config)) }
    }

    /// The ids the headings of the page's bodies make.
    private func headingIDs(of page: Page) -> Set<String> {
        switch page.kind {
        case .briefing: Set(page.id.flatMap(index.briefing)?.body.headings.map(\.anchor) ?? [])
        case .theme: Set(page.id.flatMap(index.theme)?.body.headings.map(\.anchor) ?? [])
        case .entity: Set(page.id.flatMap(index.references.entity)?.body.headings.map(\.anchor) ?? [])
        case .source: Set(page.id.flatMap(index.citations.source)?.body.headings.map(\.anchor) ?? [])
        case .book:
            Set(
                index.briefings.flatMap { briefing in briefing.body.headings.map { ContextBuilder.bookAnchorPrefix(briefing) + $0.anchor } }
            )
        default: []
        }
    }

    enum TemplateLink: Equatable {
        /// A context value alone, or a fragment made of one: right by construction.
        case madeByContext
        /// What every page of the kind gets.
        case value(String)
        /// Neither: the kind's pages must be read.
        case unknown
    }

    /// What a template's attribute value becomes on every page of a kind, read with the template
    /// parser: literal text, or a value every page shares followed by literal text.
    static func templateLink(_ written: String, context: TemplateValue) -> TemplateLink {
        guard case .success(let nodes) = TemplateParser.parse(TemplateSource(name: "", path: "", text: written)) else { return .unknown }
        // Text nodes of a one-line value stay whole; no tag here stands alone, so no line starts.
        let parts = nodes.filter { if case .lineStart = $0 { false } else { true } }
        func text(_ node: TemplateNode) -> String? {
            if case .text(let bytes) = node { String(decoding: bytes, as: UTF8.self) } else { nil }
        }
        func variable(_ node: TemplateNode) -> TemplateName? {
            if case .variable(let name, _, _) = node { name } else { nil }
        }
        switch parts.count {
        case 0: return .value("")
        case 1:
            if let literal = text(parts[0]) { return .value(literal) }
            return variable(parts[0]) != nil ? .madeByContext : .unknown
        case 2:
            if text(parts[0]) == "#", variable(parts[1]) != nil { return .madeByContext }
            guard let name = variable(parts[0]), let rest = text(parts[1]), case .string(let prefix) = lookup(name.parts, in: context)
            else {
                return .unknown
            }
            return .value(prefix + rest)
        default: return .unknown
        }
    }

    private static func lookup(_ path: [String], in value: TemplateValue) -> TemplateValue? {
        var current = value
        for part in path {
            guard case .object(let object) = current, let next = object[part] else { return nil }
            current = next
        }
        return current
    }
}
