/// What the preview leaves for a browser's request (`IncrementalBuilder.Options.onRequest`): the
/// book, the lists and the data files, of the site's own language and of each other, marked
/// stale when they no longer match the site, and made by `refresh(_:)` when one is asked for.
extension IncrementalBuilder {
    /// Pages whose rendering waits for `refresh(_:)` (with `onRequest`): taken out and marked stale.
    /// Returns the pages to render now, and how many were left.
    func deferring(_ pages: [Page], folder: String = "") -> (now: [Page], left: Int) {
        guard options.onRequest else { return (pages, 0) }
        for page in pages where Self.waitsForRequest(page.kind) { stale.insert(folder + page.outputPath) }
        let now = pages.filter { !Self.waitsForRequest($0.kind) }
        return (now, pages.count - now.count)
    }

    /// The book, and the paginated lists (see `Options.onRequest`).
    static func waitsForRequest(_ kind: PageKind) -> Bool {
        kind == .book || kind == .briefingList || kind == .theme
    }

    /// The data files to write now, in the language's folder: none with `onRequest`, which marks
    /// them stale instead.
    func dataFiles(_ index: SiteIndex) -> [OutputFile] {
        let folder = index.config.languageRoot
        guard options.onRequest else { return SiteRenderer.dataFiles(index).map { $0.inFolder(folder) } }
        stale.formUnion(SiteRenderer.dataPaths(index).map { folder + $0 })
        return []
    }

    /// Brings a file left to this call (with `onRequest`) up to date before it is served; true if
    /// it wrote anything. `path` is relative to the output folder (`book/index.html`,
    /// `fr/search-index.json`).
    @discardableResult
    public func refresh(_ path: String) -> Bool {
        guard stale.contains(path), let shown, let templates else { return false }
        // The site's own language, or the other whose folder the path is in.
        let language = shownLanguages.first { path.hasPrefix($0.config.languageRoot) }
        let index = language ?? shown, folder = index.config.languageRoot
        let inside = String(path.dropFirst(folder.count))
        let dataPaths = SiteRenderer.dataPaths(index)
        var files: [OutputFile]
        if dataPaths.contains(inside) {
            // Made together: each needs the whole index.
            files = SiteRenderer.dataFiles(index)
            stale.subtract(dataPaths.map { folder + $0 })
        } else {
            // The site's own renderer is kept for the next request, cards made; another
            // language's is made for this one.
            let renderer =
                language.map { PageRenderer(index: $0, templates: templates, liveReload: options.liveReload) } ?? requestRenderer
                ?? PageRenderer(index: shown, templates: templates, liveReload: options.liveReload)
            if language == nil { requestRenderer = renderer }
            // Found by its folder's path, not by making every page's output path.
            let page = inside.hasSuffix("index.html") ? index.pagePositions[String(inside.dropLast("index.html".count))] : nil
            files = page.flatMap { try? renderer.render(index.pages[$0]).get() }.map { [$0] } ?? []
            stale.remove(path)
        }
        return (try? writer.write(files.map { $0.inFolder(folder) })) != nil
    }
}
