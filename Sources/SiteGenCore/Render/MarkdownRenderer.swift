import SiteGenTemplates

/// Turns a parsed body into HTML: headings get their anchor ids, links to content files get the
/// URL of the page they point to, then cmark renders the tree (in safe mode unless the site opts out).
struct MarkdownRenderer {
    /// Put before every page path in links: the base URL's path, or the whole base URL where
    /// links must work away from the site (the printed book).
    let basePath: String
    let unsafeHTML: Bool
    /// Put before every heading anchor, for bodies that share a page (the book).
    var anchorPrefix = ""
    /// Added to every heading level, for bodies under deeper headings (the book).
    var headingShift = 0

    func html(of body: MarkdownBody, rewrites: BodyRewrites) -> TrustedHTML {
        var document = body.document
        for (node, label) in rewrites.labels {
            if let text = document.children(of: node).first { document.setKind(.text(label), of: text) }
        }
        // Last first, so that earlier offsets in the same text node stay valid.
        for link in rewrites.autoLinks.sorted(by: { ($0.node, $0.start) > ($1.node, $1.start) }) {
            guard case .text(let literal) = document[link.node].kind else { continue }
            let bytes = Array(literal.utf8)
            guard link.start >= 0, link.start < link.end, link.end <= bytes.count else { continue }
            let (line, column) = (document[link.node].line, document[link.node].column)
            document.setKind(.text(String(decoding: bytes[..<link.start], as: UTF8.self)), of: link.node)
            let anchor = document.insert(
                .link(url: basePath + SitePaths.entity(link.entity), title: ""), line: line, column: column, after: link.node)
            document.append(.text(String(decoding: bytes[link.start..<link.end], as: UTF8.self)), to: anchor)
            document.insert(.text(String(decoding: bytes[link.end...], as: UTF8.self)), after: anchor)
        }
        for heading in body.headings {
            let tag = "h\(min(6, heading.level + headingShift))"
            document.setKind(
                .customBlock(onEnter: "<\(tag) id=\"\(anchorPrefix)\(heading.anchor)\">", onExit: "</\(tag)>"), of: heading.node)
        }
        if !anchorPrefix.isEmpty {
            for event in document.walk() where event.entering {
                if case .link(let url, let title) = document[event.index].kind, url.hasPrefix("#"), url.count > 1 {
                    document.setKind(.link(url: "#" + anchorPrefix + url.dropFirst(), title: title), of: event.index)
                }
            }
        }
        for (node, path) in rewrites.links {
            switch document[node].kind {
            case .link(_, let title): document.setKind(.link(url: basePath + path, title: title), of: node)
            case .image(_, let title): document.setKind(.image(url: basePath + path, title: title), of: node)
            default: continue
            }
        }
        return TrustedHTML(CommonMark.renderHTML(document, unsafe: unsafeHTML))
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
