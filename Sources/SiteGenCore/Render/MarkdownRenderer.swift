import SiteGenTemplates

/// Turns a parsed body into HTML: headings get their anchor ids, links to content files get the
/// URL of the page they point to, then cmark renders the tree (in safe mode unless the site opts out).
struct MarkdownRenderer {
    /// How links to the site's pages are written: see `SiteLinks` (the printed book's carry the
    /// whole base URL).
    let links: SiteLinks
    let unsafeHTML: Bool
    /// Put before every heading anchor, for bodies that share a page (the book).
    var anchorPrefix = ""
    /// Added to every heading level, for bodies under deeper headings (the book).
    var headingShift = 0
    /// The words of claim labels and citations' hidden labels, in the site's language.
    var strings = InterfaceStrings.english

    func html(of body: MarkdownBody, rewrites: BodyRewrites) -> TrustedHTML {
        let document = body.document
        var edits = MarkdownEdits()
        for (node, label) in rewrites.labels {
            let text = document.firstChild(of: node)
            if text >= 0 { edits.set(.text(label), of: text, in: document) }
        }
        // Each text node's names, in order, become links; the text between stays text.
        let autoLinks = rewrites.autoLinks.sorted { ($0.node, $0.start) < ($1.node, $1.start) }
        var run = autoLinks.startIndex
        while run < autoLinks.endIndex {
            let node = autoLinks[run].node
            let end = autoLinks[run...].firstIndex { $0.node != node } ?? autoLinks.endIndex
            if case .text(let literal) = document.kinds[node], edits.edit(of: node) == nil,
                let pieces = pieces(ofBytes: literal.utf8.count, linking: autoLinks[run..<end])
            {
                edits.set(.split(pieces), of: node, in: document)
            }
            run = end
        }
        if !body.citations.isEmpty {
            for (citation, marks) in zip(body.citations, CitationNumbers(body.citations).marks) {
                edits.set(
                    .inline(CitationMarks.html(marks, keys: citation.keys, anchorPrefix: anchorPrefix, source: strings.text("source"))),
                    of: citation.node, in: document)
            }
        }
        for claim in body.claims {
            edits.set(
                .block(onEnter: ClaimMarks.opening(claim.status, label: strings.claimLabel(claim.status)), onExit: "</p>"), of: claim.node,
                in: document)
        }
        for heading in body.headings {
            let tag = "h\(min(6, heading.level + headingShift))"
            edits.set(
                .block(onEnter: "<\(tag) id=\"\(anchorPrefix)\(heading.anchor)\">", onExit: "</\(tag)>"), of: heading.node, in: document)
        }
        if !anchorPrefix.isEmpty {
            // The body's own list of links holds its in-page ones: no walk over every node.
            for link in body.links where rewrites.links[link.node] == nil {
                let destination = Self.destination(of: link, in: document, rewritten: nil, links: links, anchorPrefix: anchorPrefix)
                if destination != link.destination { edits.set(.destination(destination), of: link.node, in: document) }
            }
        }
        for (node, path) in rewrites.links { edits.set(.destination(links.url(path)), of: node, in: document) }
        return TrustedHTML(CommonMark.renderHTML(document, edits: edits, unsafe: unsafeHTML))
    }

    /// Where a body's link leads as rendered: through `links` when the index rewrote it (`rewritten`),
    /// an in-page `#fragment` of a link (not an image) with `anchorPrefix` put before it, or as
    /// written. The link check reads links through this too.
    static func destination(
        of link: BodyLink, in document: MarkdownDocument, rewritten: String?, links: SiteLinks, anchorPrefix: String
    ) -> String {
        if let rewritten { return links.url(rewritten) }
        guard !anchorPrefix.isEmpty, link.destination.utf8.count > 1, link.destination.utf8.first == UInt8(ascii: "#"),
            case .link = document.kinds[link.node]
        else { return link.destination }
        return "#" + anchorPrefix + link.destination.dropFirst()
    }

    /// The pieces of a text of `count` bytes with its names linked to their entities; nil when
    /// none fits the text.
    private func pieces(ofBytes count: Int, linking links: ArraySlice<AutoLink>) -> [MarkdownEdits.Piece]? {
        var pieces: [MarkdownEdits.Piece] = []
        pieces.reserveCapacity(links.count * 2 + 1)
        var cursor = 0
        for link in links where link.start >= cursor && link.start < link.end && link.end <= count {
            pieces.append(.text(cursor..<link.start))
            pieces.append(.link(url: self.links.url(SitePaths.entity(link.entity)), text: link.start..<link.end))
            cursor = link.end
        }
        guard !pieces.isEmpty else { return nil }
        pieces.append(.text(cursor..<count))
        return pieces
    }

    /// The table of contents: level-2 headings, each with its level-3 headings; nil with fewer than
    /// two entries.
    static func tableOfContents(_ headings: [Heading]) -> [TocEntry]? {
        var entries: [TocEntry] = []
        var children: [TocChild] = []
        func close() {
            guard !entries.isEmpty else { return }
            entries[entries.count - 1].children = .of(children)
            children = []
        }
        for heading in headings where heading.level <= 3 {
            if heading.level == 3, !entries.isEmpty {
                children.append(TocChild(text: heading.text, anchor: heading.anchor))
            } else {
                close()
                entries.append(TocEntry(text: heading.text, anchor: heading.anchor))
            }
        }
        close()
        return headings.filter { $0.level <= 3 }.count >= 2 ? entries : nil
    }
}
