import Foundation
import SiteGenTemplates

/// The link check: reads every rendered page and checks that each internal `href` and `src` leads
/// to a page or file of the site, and each `#fragment` to an id on the page it names. A broken
/// link is reported at the Markdown link it came from when there is one, else at the template.
public struct LinkChecker: Sendable {
    let index: SiteIndex
    /// Every file of the output, by path below the site's root (a language's pages under its
    /// folder, `fr/…`).
    let files: Set<String>
    /// The folder of the language whose pages are checked (`fr/`), empty for the site's own:
    /// pages' paths are below it.
    let languageRoot: String
    /// The path of the site's root: the base path without the language's folder.
    let rootPath: String
    let templates: [SourceText]
    let basePath: String
    /// Links that are not the site's: those of the preview's live-reload script.
    let ignored: Set<String>
    /// The links templates write as written (`{{assets}}style.css`), and the values a page
    /// completes them with: to find the template tag a broken link on a page came from.
    var written: (links: TemplateLinks, sitewide: @Sendable (Page) -> TemplateValue)?

    public init(index: SiteIndex, files: Set<String>, templates: [SourceText], ignoring ignored: Set<String> = []) {
        self.index = index
        self.files = files
        self.templates = templates
        self.basePath = index.config.basePath
        self.languageRoot = index.config.languageRoot
        self.rootPath = index.config.rootPath
        self.ignored = ignored
    }

    /// What the check found on one page: its ids, its broken links, and the links to an id on
    /// another page, which are settled once every page has been read.
    public struct PageLinks: Sendable {
        var page: Page
        var ids: Set<String>
        var broken: [(value: String, problem: String)] = []
        var fragments: [(value: String, target: String, id: String)] = []
    }

    /// Checks the rendered pages; `pages` pairs each page with its HTML.
    public func check(_ pages: [(page: Page, file: OutputFile)]) -> [Diagnostic] {
        report(pages.parallelMap { scan($0.page, html: $0.file.bytes) })
    }

    /// Reads one rendered page. Safe to call from several threads at once.
    public func scan(_ page: Page, html: [UInt8]) -> PageLinks {
        links(of: page, found: HTMLScanner.scan(html))
    }

    /// The links of a page read already (a streamed one, read as it was written).
    func links(of page: Page, found scan: HTMLScanner.Result) -> PageLinks {
        var links = PageLinks(page: page, ids: Set(scan.ids))
        var seen: Set<String> = []
        for reference in scan.references where !ignored.contains(reference.value) && seen.insert(reference.value).inserted {
            switch resolve(reference.value, on: page) {
            case nil: continue
            case .broken(let problem): links.broken.append((reference.value, problem))
            case .fragment(let target, let id) where target == page.outputPath:
                if !links.ids.contains(id) { links.broken.append((reference.value, Self.noSuchID(reference.value))) }
            case .fragment(let target, let id): links.fragments.append((reference.value, target, id))
            }
        }
        return links
    }

    /// Every problem of the scanned pages; a link a template puts on every page is one problem,
    /// not one per page.
    public func report(_ scans: [PageLinks]) -> [Diagnostic] {
        var ids: [String: Set<String>] = [:]
        for scan in scans { ids[scan.page.outputPath] = scan.ids }
        var found: [Found: [Page]] = [:]
        var order: [Found] = []
        for scan in scans {
            var broken = scan.broken
            for link in scan.fragments where ids[link.target].map({ !$0.contains(link.id) }) ?? false {
                broken.append((link.value, Self.noSuchID(link.value)))
            }
            for (value, problem) in broken {
                let key = Found(location: origin(of: value, on: scan.page), value: value, problem: problem)
                if found[key] == nil { order.append(key) }
                found[key, default: []].append(scan.page)
            }
        }
        return order.map { key in
            // Name a page of the link's own first, rather than the book, which shows every body.
            let pages = found[key]!.sorted { ($0.kind == .book ? 1 : 0) < ($1.kind == .book ? 1 : 0) }
            let more = pages.count > 1 ? " (and \(pages.count - 1) other page\(pages.count == 2 ? "" : "s"))" : ""
            return .error(.check, at: key.location, "link to '\(key.value)' on \(basePath)\(pages[0].path)\(more): \(key.problem)")
        }
    }

    enum Resolution {
        case broken(String)
        /// The link leads to a page; it is good if that page has the id.
        case fragment(target: String, id: String)
    }

    /// What is wrong with a link on a page, nil when it leads somewhere, or the id it needs.
    func resolve(_ value: String, on page: Page) -> Resolution? {
        guard !value.isEmpty, !Self.isExternal(value) else { return nil }
        let (path, fragment) = LinkDestination.split(value)
        // The target below the site's root, then below the language's folder.
        var target: String
        if path.isEmpty {
            target = languageRoot + page.outputPath
        } else if path.hasPrefix("/") {
            guard path.hasPrefix(rootPath) else { return .broken("it is outside the site's base path '\(rootPath)'") }
            let below = String(path.dropFirst(rootPath.count))
            guard let resolved = LinkDestination.resolve(below, from: "") else { return .broken("it leads outside the site") }
            target = resolved + (below.hasSuffix("/") && !resolved.isEmpty ? "/" : "")
        } else {
            guard let resolved = LinkDestination.resolve(path, from: languageRoot + page.outputPath) else {
                return .broken("it leads outside the site")
            }
            target = resolved + (path.hasSuffix("/") ? "/" : "")
        }
        if let query = target.utf8.firstIndex(of: UInt8(ascii: "?")) { target = String(target[..<query]) }
        target = target.removingPercentEncodingOrSelf
        if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
        if !files.contains(target) {
            guard files.contains(target + "/index.html") else { return .broken("no page or file of the site is there") }
            target += "/index.html"
        }
        // A page of another language, or a file at the site's root: there, and no id checked.
        guard target.hasPrefix(languageRoot), !isOtherLanguage(target) else { return nil }
        target = String(target.dropFirst(languageRoot.count))
        guard let fragment, !fragment.isEmpty else { return nil }
        return .fragment(target: target, id: fragment.removingPercentEncodingOrSelf)
    }

    /// Whether a path below the site's root is in the folder of one of the site's languages
    /// other than the one checked.
    private func isOtherLanguage(_ path: String) -> Bool {
        index.config.languageLinks.contains { !$0.root.isEmpty && $0.root != languageRoot && path.hasPrefix($0.root) }
    }

    private static func noSuchID(_ value: String) -> String {
        "no element there has the id '\(LinkDestination.split(value).1 ?? "")'"
    }

    /// Where a link came from: its Markdown source when the page's body has it, else the template.
    func origin(of value: String, on page: Page) -> SourceLocation {
        let own = SiteLinks.of(page, in: index.config)
        let links = page.kind == .book ? ContextBuilder.bookLinks(index.config, page: own) : own
        for (path, body) in sources(of: page) {
            let rewrites = index.rewrites(for: path)
            for link in body.links {
                let rendered = rewrites.links[link.node].map(links.url) ?? link.destination
                if rendered == value || link.destination == value { return link.location }
            }
        }
        for source in templates {
            if let found = Self.place(of: value, in: source) { return found }
        }
        // A link a template makes of a value and text, as this page completes it.
        if let (links, sitewide) = written {
            let context = sitewide(page)
            for source in templates {
                for text in links.files[TemplateSet.name(ofPath: source.path)]?.links ?? [] where text.contains("{{") {
                    guard case .value(value) = LinkPlanner.templateLink(text, context: context) else { continue }
                    if let found = Self.place(of: text, in: source) { return found }
                }
            }
        }
        return SourceLocation(path: TemplateSet.path(ofName: page.kind.template))
    }

    /// Where an attribute's value is written, quoted, in a template.
    private static func place(of value: String, in source: SourceText) -> SourceLocation? {
        var lines = LineCursor(source.text)
        while let line = lines.next() {
            if let range = line.text.range(of: "\"\(value)\"") {
                return SourceLocation(
                    path: source.path, line: line.number,
                    column: line.text.utf8.distance(from: line.text.startIndex, to: range.lowerBound) + 2)
            }
        }
        return nil
    }

    /// The Markdown bodies a page shows: its own file's, or every briefing's for the book.
    private func sources(of page: Page) -> [(String, MarkdownBody)] {
        let id = page.id ?? ""
        switch page.kind {
        case .briefing: return index.briefing(id).map { [($0.path, $0.body)] } ?? []
        case .theme: return index.theme(id).map { [($0.path, $0.body)] } ?? []
        case .entity: return index.references.entity(id).map { [($0.path, $0.body)] } ?? []
        case .source: return index.citations.source(id).map { [($0.path, $0.body)] } ?? []
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
        utf8.contains(UInt8(ascii: "%")) ? (self as NSString).removingPercentEncoding ?? self : self
    }
}
