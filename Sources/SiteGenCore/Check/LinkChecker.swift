import Foundation

/// The link check: reads every rendered page and checks that each internal `href` and `src` leads
/// to a page or file of the site, and each `#fragment` to an id on the page it names. A broken
/// link is reported at the Markdown link it came from when there is one, else at the template.
public struct LinkChecker: Sendable {
    let index: SiteIndex
    /// Every file of the output, by path below the base URL.
    let files: Set<String>
    let templates: [SourceText]

    public init(index: SiteIndex, files: Set<String>, templates: [SourceText]) {
        self.index = index
        self.files = files
        self.templates = templates
    }

    /// Checks the rendered pages; `pages` pairs each page with its HTML.
    public func check(_ pages: [(page: Page, file: OutputFile)]) -> [Diagnostic] {
        let scans = pages.parallelMap { ($0.page, HTMLScanner.scan(String(decoding: $0.file.bytes, as: UTF8.self))) }
        var ids: [String: Set<String>] = [:]
        for (page, scan) in scans { ids[page.outputPath] = Set(scan.ids) }
        // A link a template puts on every page is one problem, not one per page.
        var found: [Found: [Page]] = [:]
        var order: [Found] = []
        for (page, scan) in scans {
            var seen: Set<String> = []
            for reference in scan.references where seen.insert(reference.value).inserted {
                guard let problem = self.problem(with: reference.value, on: page, ids: ids) else { continue }
                let key = Found(location: origin(of: reference.value, on: page), value: reference.value, problem: problem)
                if found[key] == nil { order.append(key) }
                found[key, default: []].append(page)
            }
        }
        return order.map { key in
            // Name a page of the link's own first, rather than the book, which shows every body.
            let pages = found[key]!.sorted { ($0.kind == .book ? 1 : 0) < ($1.kind == .book ? 1 : 0) }
            let more = pages.count > 1 ? " (and \(pages.count - 1) other page\(pages.count == 2 ? "" : "s"))" : ""
            return .error(
                .check, at: key.location, "link to '\(key.value)' on \(index.config.basePath)\(pages[0].path)\(more): \(key.problem)")
        }
    }

    /// What is wrong with a link on a page, or nil when it leads somewhere.
    func problem(with value: String, on page: Page, ids: [String: Set<String>]) -> String? {
        guard !value.isEmpty, !Self.isExternal(value) else { return nil }
        let (path, fragment) = LinkDestination.split(value)
        let basePath = index.config.basePath
        var target: String
        if path.isEmpty {
            target = page.outputPath
        } else if path.hasPrefix("/") {
            guard path.hasPrefix(basePath) else { return "it is outside the site's base path '\(basePath)'" }
            target = String(path.dropFirst(basePath.count))
        } else {
            guard let resolved = LinkDestination.resolve(path, from: page.outputPath) else { return "it leads outside the site" }
            target = resolved + (path.hasSuffix("/") ? "/" : "")
        }
        target = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? target
        target = target.removingPercentEncodingOrSelf
        if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
        if !files.contains(target) {
            guard files.contains(target + "/index.html") else { return "no page or file of the site is there" }
            target += "/index.html"
        }
        if let fragment, !fragment.isEmpty, let known = ids[target], !known.contains(fragment.removingPercentEncodingOrSelf) {
            return "no element there has the id '\(fragment)'"
        }
        return nil
    }

    /// Where a link came from: its Markdown source when the page's body has it, else the template.
    func origin(of value: String, on page: Page) -> SourceLocation {
        for (path, body) in sources(of: page) {
            let rewrites = index.rewrites(for: path)
            for link in body.links {
                let rendered = rewrites.links[link.node].map { index.config.basePath + $0 } ?? link.destination
                if rendered == value || link.destination == value { return link.location }
            }
        }
        let template = TemplateSet.path(ofName: page.kind.template)
        for source in templates {
            var lines = LineCursor(source.text)
            while let line = lines.next() {
                if let range = line.text.range(of: "\"\(value)\"") {
                    return SourceLocation(
                        path: source.path, line: line.number,
                        column: line.text.utf8.distance(from: line.text.startIndex, to: range.lowerBound) + 2)
                }
            }
        }
        return SourceLocation(path: template)
    }

    /// The Markdown bodies a page shows: its own file's, or every briefing's for the book.
    private func sources(of page: Page) -> [(String, MarkdownBody)] {
        let id = page.id ?? ""
        switch page.kind {
        case .briefing: return index.briefing(id).map { [($0.path, $0.body)] } ?? []
        case .theme: return index.theme(id).map { [($0.path, $0.body)] } ?? []
        case .entity: return index.references.entity(id).map { [($0.path, $0.body)] } ?? []
        case .book: return index.briefings.map { ($0.path, $0.body) }
        default: return []
        }
    }

    private struct Found: Hashable {
        var location: SourceLocation
        var value: String
        var problem: String
    }

    static func isExternal(_ value: String) -> Bool {
        if value.hasPrefix("//") { return true }
        if case .external = LinkDestination(value) { return true }
        return false
    }
}

extension String {
    fileprivate var removingPercentEncodingOrSelf: String {
        (self as NSString).removingPercentEncoding ?? self
    }
}
