import Foundation
import SiteGenTemplates

/// The contexts of source pages, and the numbered list of sources of a briefing.
extension ContextBuilder {
    /// A source as lists show it; its page's URL starts with `base` (the book's absolute one, or
    /// the site's path).
    func sourceLink(_ source: Source, links: SiteLinks? = nil) -> SourceLink {
        SourceLink(
            id: source.id, title: source.title, url: (links ?? self.links).url(SitePaths.source(source.id)),
            kind: strings.label(source.kind),
            publisher: source.publisher, author: source.author, date: source.date.map { date($0) }, link: source.url,
            archive: source.archive, accessed: source.accessed.map { date($0) }, language: source.language,
            languageName: source.language.map { Self.languageName($0, in: strings.language) },
            languageLabel: source.language.map { strings.text("in_language", ["language": Self.languageName($0, in: strings.language)]) })
    }

    /// `French` for `fr` in English, `français` in French: from the ICU data in the binary, so
    /// the same on every machine.
    static func languageName(_ tag: String, in language: String = "en") -> String {
        Locale(identifier: language).localizedString(forIdentifier: tag) ?? tag
    }

    /// The sources a briefing cites, numbered by first citation, each with a link back to every
    /// place it is cited; anchors start with `anchorPrefix` (the book's).
    func citedSources(of briefing: Briefing, anchorPrefix: String = "", links: SiteLinks? = nil) -> [CitedSource] {
        let citations = briefing.body.citations
        guard !citations.isEmpty else { return [] }
        let numbers = CitationNumbers(citations)
        var backlinks = Array(repeating: [CitationBacklink](), count: numbers.sources.count)
        for (citation, marks) in zip(citations, numbers.marks) {
            for (key, mark) in zip(citation.keys, marks) {
                backlinks[mark.number - 1].append(
                    CitationBacklink(
                        anchor: anchorPrefix + CitationNumbers.citationAnchor(mark), label: Self.backlinkLabel(mark.occurrence),
                        locator: key.locator))
            }
        }
        return numbers.sources.enumerated().compactMap { offset, id in
            guard let source = index.citations.source(id) else { return nil }
            return CitedSource(
                number: offset + 1, anchor: anchorPrefix + CitationNumbers.sourceAnchor(offset + 1),
                source: sourceLink(source, links: links), citedAt: backlinks[offset])
        }
    }

    /// The statuses these claims use, in the site's order, each with its meaning and count.
    func claimCounts(_ claims: [Claim]) -> [ClaimCount] {
        guard !claims.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        for claim in claims { counts[claim.status, default: 0] += 1 }
        return index.config.claims.compactMap { status in
            guard let count = counts[status.id] else { return nil }
            return ClaimCount(
                id: status.id, label: strings.claimLabel(status.id), description: status.description, count: count,
                countLabel: strings.count("statements_count", count))
        }
    }

    /// `a` … `z` for the first 26 citations of a source, then numbers.
    static func backlinkLabel(_ occurrence: Int) -> String {
        occurrence <= 26 ? String(UnicodeScalar(UInt8(ascii: "a") + UInt8(occurrence - 1))) : String(occurrence)
    }

    private func counted(_ source: Source) -> Merged<SourceLink, CountContext> {
        let count = index.citations.places[source.id]?.count ?? 0
        return Merged(sourceLink(source), CountContext(count: count, countLabel: strings.count("citations_count", count)))
    }

    func sourceList(_ page: Page) -> TemplateValue {
        let sources = index.citations.sources
        let kinds = SourceKind.allCases.compactMap { kind -> SourceKindGroup? in
            let members = sources.filter { $0.kind == kind }
            guard !members.isEmpty else { return nil }
            return SourceKindGroup(id: kind.rawValue, label: strings.plural(kind), sources: members.map { counted($0) })
        }
        return self.page(
            page, title: strings.text("sources"), description: strings.text("sources_description", ["site": index.config.title]),
            breadcrumb: [(strings.text("home"), SitePaths.home)],
            content: SourceListContext(
                kinds: kinds, sourceCount: sources.count, lede: strings.text("sources_lede", ["count": strings.number(sources.count)]),
                alphabetical: sources.map { counted($0) }))
    }

    func source(_ page: Page, _ source: Source, markdown: MarkdownRenderer) -> TemplateValue {
        let places = index.citations.places[source.id] ?? []
        var groups: [CitingBriefing] = []
        var last: String?
        for place in places {
            guard let card = card(id: place.briefing) else { continue }
            let item = CitationItem(
                url: href(SitePaths.briefing(place.briefing)) + "#" + CitationNumbers.citationAnchor(place.mark),
                section: place.section?.text, sectionLabel: place.section?.text ?? strings.text("opening"), text: place.text,
                locator: place.locator)
            if last == place.briefing {
                groups[groups.count - 1].citations.append(item)
            } else {
                groups.append(CitingBriefing(briefing: card, citations: [item]))
                last = place.briefing
            }
        }
        let detail = SourceDetail(
            body: markdown.html(of: source.body, rewrites: index.rewrites(for: source.path)),
            countLabel: strings.count("citations_count", places.count))
        return self.page(
            page, title: source.title, description: strings.text("source_description", ["site": index.config.title]),
            breadcrumb: [(strings.text("home"), SitePaths.home), (strings.text("sources"), SitePaths.sources)],
            content: SourcePageContext(source: Merged(sourceLink(source), detail), citingBriefings: groups),
            linkedData: .value(structuredData.source(source)))
    }
}
