import Foundation

/// Parses a Markdown body with cmark and notes its headings (with unique anchors), its
/// wiki-links, and the links and images that sitegen checks and rewrites.
public enum BodyParser {
    /// Anchors the templates use themselves, which a heading must not take.
    public static let reservedAnchors: Set<String> = [
        "main", "toc", "sources", "related", "backlinks", "briefings", "themes", "latest", "entities", "more-on-themes", "mentions",
        "alongside", "by-theme", "further-reading", "claims-legend", "history", "correction-notice",
    ]

    /// With `citations`, `[@id]` brackets become citations (see `CitationParser`); with
    /// `claims`, paragraphs that start with one of these statuses (`[reported] `) are claims.
    /// `dropsHTML` (cmark's safe mode) warns at the first raw HTML of the body, which the page
    /// will not show.
    public static func parse(
        _ file: ContentFile, smartPunctuation: Bool, dropsHTML: Bool = false, citations: Bool = false, claims statuses: [String] = []
    ) -> (MarkdownBody, [Diagnostic]) {
        var document = CommonMark.parse(file.body, firstLine: file.bodyLine, smartPunctuation: smartPunctuation)
        let wikiLinks = WikiLinkParser.extract(from: &document, in: file)
        // Its links became nodes of their own: the arrays that grew for them are made their size
        // again, since the document is kept until its pages render.
        let cited = citations ? CitationParser.extract(from: &document, in: file) : []
        if !wikiLinks.isEmpty || !cited.isEmpty { document.compact() }
        let wikiNodes = Set(wikiLinks.map(\.node))
        var headings: [Heading] = []
        var links: [BodyLink] = []
        let claimed = statuses.isEmpty ? ([], []) : ClaimParser.extract(from: &document, in: file, statuses: statuses)
        let claims = claimed.0
        var diagnostics = claimed.1
        var anchors = HeadingAnchors(reserved: reservedAnchors)
        var droppedHTML: [SourceLocation] = []
        for event in document.walk() where event.entering {
            var location: SourceLocation {
                let node = document[event.index]
                return SourceLocation(path: file.path, line: node.line, column: node.column)
            }
            switch document.kinds[event.index] {
            case .heading(let level):
                let text = document.plainText(of: event.index)
                let location = location
                headings.append(Heading(level: level, text: text, anchor: anchors.claim(for: text), node: event.index, location: location))
                if level == 1 {
                    diagnostics.append(
                        .warning(.parse, at: location, "a level-1 heading: the title is the page's only h1, so start sections at '##'"))
                }
            case .link(let url, _), .image(let url, _):
                if LinkDestination(url) != .external, !wikiNodes.contains(event.index) {
                    links.append(BodyLink(node: event.index, destination: url, location: location))
                }
            case .htmlBlock(let html), .htmlInline(let html):
                if dropsHTML, !isComment(html) { droppedHTML.append(location) }
            default:
                break
            }
        }
        if let first = droppedHTML.first {
            let more = droppedHTML.count > 1 ? " (and \(droppedHTML.count - 1) more in this file)" : ""
            diagnostics.append(
                .warning(
                    .parse, at: first,
                    "raw HTML is left out of the page in safe mode\(more): write it in Markdown, or set 'unsafe_html: true' under 'markdown:' in \(SiteLayout.config) if every writer is trusted"
                ))
        }
        var body = MarkdownBody(document: document, headings: headings, links: links, wikiLinks: wikiLinks)
        body.citations = cited
        body.claims = claims
        return (body, diagnostics)
    }

    /// An HTML comment alone: a note for writers, which no page would show anyway.
    private static func isComment(_ html: String) -> Bool {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }
}
