import SiteGenTemplates

/// The render stage: pages of the index through their templates, on all cores.
public enum SiteRenderer {
    /// The site's data files: `xref.json`, `search-index.json`, and — when the base URL is a full
    /// URL — `sitemap.xml`, `feed.xml` and `robots.txt`.
    public static func dataFiles(_ index: SiteIndex, fallbackDate: ContentDate? = BuildDate.fromEnvironment()) -> [OutputFile] {
        dataFileStreams(index, fallbackDate: fallbackDate).parallelMap(\.file)
    }

    /// The data files as streams, largest first; each needs the index alone, so they can be made
    /// side by side.
    public static func dataFileStreams(_ index: SiteIndex, fallbackDate: ContentDate? = BuildDate.fromEnvironment()) -> [DataFile] {
        [
            DataFile(path: SitePaths.xrefData) { XRefDocument(index).write($0) },
            DataFile(path: SitePaths.searchData) { SearchIndexFile.write(index, $0) },
        ] + SiteFeeds.files(index, fallbackDate: fallbackDate)
    }

    /// The paths of the data files `dataFiles` makes (nothing is made to know them).
    public static func dataPaths(_ index: SiteIndex) -> [String] {
        dataFileStreams(index, fallbackDate: nil).map(\.path)
    }

    /// Every file a build of the index writes, below the output folder: its pages, its data
    /// files and `copied` (the assets and static files).
    public static func outputPaths(_ index: SiteIndex, copied: [OutputFile]) -> [String] {
        index.pages.map(\.outputPath) + dataPaths(index) + copied.map(\.path)
    }

    /// Every file a build of the site in each of its languages writes: each language's pages
    /// and data files in its folder, and `copied` once, at the root.
    static func outputPaths(languages: [SiteIndex], copied: [OutputFile]) -> [String] {
        languages.flatMap { index in outputPaths(index, copied: []).map { index.config.languageRoot + $0 } } + copied.map(\.path)
    }

    /// Renders `pages` (by default every page of the index). `liveReload` is HTML that every page
    /// gets at the end of its body, for the preview server; a build for publishing has none.
    public static func render(
        _ index: SiteIndex, templates: TemplateSet, pages: [Page]? = nil, liveReload: String? = nil
    ) -> ([OutputFile], [Diagnostic]) {
        let renderer = PageRenderer(index: index, templates: templates, liveReload: liveReload)
        let results = (pages ?? index.pages).parallelMap { renderer.render($0) }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (files, diagnostics)
    }
}

/// Renders one page at a time; safe to use from several threads at once.
public struct PageRenderer: Sendable {
    let templates: TemplateSet
    let config: SiteConfig
    /// The context builder and Markdown renderer of pages that write links from the host (all of
    /// them, unless links are relative), used in place: a page's context is made without
    /// copying the builder.
    private let builder: ContextBuilder
    private let markdown: MarkdownRenderer
    /// With `relative_urls`, one builder and renderer per folder depth (see `SiteLinks`).
    private let relative: [SiteLinks: (ContextBuilder, MarkdownRenderer)]

    public init(index: SiteIndex, templates: TemplateSet, liveReload: String? = nil) {
        self.templates = templates
        self.config = index.config
        let script = liveReload.map(TrustedHTML.init)
        let host = SiteLinks.host(index.config)
        builder = ContextBuilder(index: index, links: host, liveReload: script)
        markdown = MarkdownRenderer(links: host, unsafeHTML: index.config.markdown.unsafeHTML, strings: index.config.strings)
        let ways = index.config.relativeURLs ? Set(index.pages.map { SiteLinks.of($0, in: index.config) }).subtracting([host]) : []
        relative = Dictionary(
            uniqueKeysWithValues: ways.map { links in
                (
                    links,
                    (
                        ContextBuilder(index: index, links: links, liveReload: script),
                        MarkdownRenderer(links: links, unsafeHTML: index.config.markdown.unsafeHTML, strings: index.config.strings)
                    )
                )
            })
    }

    public func render(_ page: Page) -> Result<OutputFile, Diagnostic> {
        render(page, context: context(for: page))
    }

    /// The page's context: what its template sees (the bench times it apart from the template).
    public func context(for page: Page) -> TemplateValue {
        guard !relative.isEmpty, let (other, markdown) = relative[SiteLinks.of(page, in: config)] else {
            return builder.context(for: page, markdown: markdown)
        }
        return other.context(for: page, markdown: markdown)
    }

    /// The values every page of a kind shares (see `ContextBuilder.sitewideContext`), as pages
    /// that write links from the host have them: the same on every page of the kind unless links
    /// are relative, when the link check reads every page instead.
    public func sitewideContext(for kind: PageKind) -> TemplateValue {
        builder.sitewideContext(for: kind)
    }

    /// The values every page of the page's kind shares, as this page writes them.
    public func sitewideContext(for page: Page) -> TemplateValue {
        guard !relative.isEmpty, let (other, _) = relative[SiteLinks.of(page, in: config)] else {
            return builder.sitewideContext(for: page.kind)
        }
        return other.sitewideContext(for: page.kind)
    }

    /// Renders the page with a context made by `context(for:)`.
    public func render(_ page: Page, context: TemplateValue) -> Result<OutputFile, Diagnostic> {
        guard let rendered = templates.render(page.kind.template, context: context, capacity: Self.capacity) else {
            return .failure(Self.missingTemplate(of: page))
        }
        return rendered.map { OutputFile(path: page.outputPath, bytes: $0) }
    }

    /// Whether the page is made as a stream when it goes to a file (see `stream`): the book,
    /// every briefing on one page, tens of megabytes on a large site.
    static func streams(_ page: Page) -> Bool { page.kind == .book }

    /// Renders the page, handing `emit` its bytes in pieces as they are made: with the book's
    /// briefings made one at a time, the page is never held whole. A problem, if any.
    func stream(_ page: Page, emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Diagnostic? {
        switch templates.render(page.kind.template, context: context(for: page), emit: emit) {
        case nil: Self.missingTemplate(of: page)
        case .failure(let problem): problem
        case .success: nil
        }
    }

    private static func missingTemplate(of page: Page) -> Diagnostic {
        .error(.render, at: nil, "missing template \(TemplateSet.path(ofName: page.kind.template))")
    }

    /// Room for a typical page, so that its buffer rarely grows.
    static let capacity = 32_768
}
