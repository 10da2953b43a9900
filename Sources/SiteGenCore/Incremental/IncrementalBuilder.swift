import Foundation

/// Builds a site into a folder and builds it again after changes, doing only the work a change
/// needs: a changed briefing is read, parsed and scanned again on its own, and only the pages
/// that show what changed are rendered and written. Anything else (settings, templates, themes,
/// entities, static files) rebuilds the whole site. For `sitegen serve`.
///
/// After a failed rebuild the folder keeps the last good output; the next good one brings it up
/// to date with every change since.
public final class IncrementalBuilder {
    public struct Options: Sendable {
        public var siteRoot: URL
        public var output: URL
        public var includeDrafts: Bool
        public var baseURL: String?
        /// Serve the site at its own base path on this origin (`http://127.0.0.1:8000`), as the
        /// preview does; `baseURL` wins when both are given.
        public var origin: String?
        /// HTML put at the end of every page's body (the live-reload script).
        public var liveReload: String?
        /// Leave the files that cost most or change most for what is looked at — the data files
        /// (tens of megabytes on a large site), the book (every briefing on one page) and the
        /// pages of the lists (all briefings, each theme's) — until `refresh(_:)` asks for one:
        /// the preview renders them when a browser requests them. A list's pages shift by a card
        /// when a briefing moves in it (a new date, a theme added): rendering and writing the
        /// 176 to 192 pages after its place took most of such an edit's 116 to 132 ms at 10,000
        /// briefings, where a browser then asks for one of them.
        public var onRequest: Bool

        public init(
            siteRoot: URL, output: URL, includeDrafts: Bool = false, baseURL: String? = nil, origin: String? = nil,
            liveReload: String? = nil, onRequest: Bool = false
        ) {
            self.origin = origin
            self.onRequest = onRequest
            self.siteRoot = siteRoot.standardizedFileURL
            self.output = output
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.liveReload = liveReload
        }
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var succeeded: Bool
        /// Whether the whole site was rebuilt.
        public var full: Bool
        /// Whether the whole site was indexed again (false when only the changed briefings were).
        public var indexedWholeSite = true
        public var pagesRendered: Int
        /// Pages that changed and wait for a request to be rendered (with `onRequest`).
        public var pagesLeftForRequest = 0
        public var filesWritten: Int
        public var filesRemoved: Int
        public var duration: Double
        /// Seconds spent in each stage.
        public var stageTimes: [Stage: Double] = [:]

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    public let options: Options
    private let loader: SiteLoader
    let writer: FolderWriter
    private var sources: SiteSources?
    private var config: SiteConfig?
    var templates: TemplateSet?
    private var settingProblems: [Diagnostic] = []
    private var content: [String: ParsedContent] = [:]
    private var unreadable: [String: [Diagnostic]] = [:]
    /// The index of what the output folder shows, and the briefings changed since.
    var shown: SiteIndex? {
        didSet { requestRenderer = nil }
    }
    /// The renderer of the pages `refresh(_:)` renders: the last rebuild's, or one made at the
    /// first request, kept until `shown` changes. Made for each request, it added its shared
    /// parts, the shared nodes of structured data and every card to each page asked for.
    var requestRenderer: PageRenderer?
    /// The index of each other language of the site (`languages:`), as the output shows it.
    var shownLanguages: [SiteIndex] = []
    /// The index stage's warnings for what the output shows.
    private var indexProblems: [Diagnostic] = []
    private var pending: Set<String> = []
    private var needsFullBuild = true
    /// Output files left to `refresh(_:)` that no longer match the site (with `onRequest`).
    var stale: Set<String> = []
    /// What the link check needs of the site that a quick rebuild does not change.
    private var knownOutputPaths: Set<String>?
    private var templateLinks: TemplateLinks?
    /// The links of the live-reload script, which are the server's, not the site's.
    private let liveReloadLinks: Set<String>

    public init(options: Options) {
        self.options = options
        loader = SiteLoader(root: options.siteRoot)
        liveReloadLinks = options.liveReload.map { Set(HTMLScanner.scan($0).references.map(\.value)) } ?? []
        writer = FolderWriter(folder: options.output)
    }

    /// The path of the site's base URL, where its pages are: `/` until settings are read.
    public var basePath: String { config?.basePath ?? "/" }

    /// The index of the last good build: what the output shows.
    public var index: SiteIndex? { shown }

    /// Reads, checks and renders the whole site.
    public func build() -> Report {
        let started = DispatchTime.now()
        let (sources, loadProblems) = loader.load()
        self.sources = sources
        let settings = SiteSettings.read(sources, overrides: SiteOverrides(baseURL: options.baseURL, origin: options.origin))
        config = settings.config
        templates = settings.templates
        templateLinks = TemplateLinks(sources.templates)
        settingProblems =
            loadProblems.filter { problem in !sources.content.contains { $0.path == problem.location?.path } } + settings.diagnostics
        let markdown = settings.config?.markdown ?? MarkdownOptions()
        content = Dictionary(
            uniqueKeysWithValues: sources.content.parallelMap { ParsedContent.parse($0, markdown: markdown) }.map { ($0.path, $0) })
        unreadable = Dictionary(grouping: loadProblems.filter { sources.unreadable.contains($0.location?.path ?? "") }) {
            $0.location!.path
        }
        needsFullBuild = true
        return finish(changed: nil, started: started)
    }

    /// Brings the output up to date after the files at these paths (relative to the site folder)
    /// changed, appeared or disappeared.
    public func rebuild(changed paths: Set<String>) -> Report {
        let started = DispatchTime.now()
        let briefingsOnly = paths.allSatisfy { SiteLayout.role(of: $0) == .content(.briefing) || SiteLayout.role(of: $0) == .other }
        guard !needsFullBuild, briefingsOnly, sources != nil else { return build() }
        let markdown = config?.markdown ?? MarkdownOptions()
        for path in paths where SiteLayout.role(of: path) == .content(.briefing) {
            let (file, problems) = loader.loadContent(at: path, kind: .briefing)
            content[path] = file.map { ParsedContent.parse($0, markdown: markdown) }
            unreadable[path] = problems.isEmpty ? nil : problems
            pending.insert(path)
        }
        return patch(started: started) ?? finish(changed: pending, started: started)
    }

    /// The quick way: each changed briefing re-indexed on its own (see `SiteIndex.reindex`), and
    /// only the pages that show what changed rendered; nil when an edit reaches further.
    private func patch(started: DispatchTime) -> Report? {
        guard var index = shown, let templates, let config, !pending.isEmpty else { return nil }
        // A site in several languages: one saved file at a time, re-indexed in each language
        // whose index it changes (see `LanguageChange`), each in a copy of that index.
        let multilingual = !config.languages.isEmpty
        var languageChanges: [LanguageChange] = []
        if multilingual {
            guard pending.count == 1, shownLanguages.count == config.languages.count else { return nil }
            for view in shownLanguages {
                guard let change = LanguageChange.of(pending.first!, in: view, content: content, includeDrafts: options.includeDrafts)
                else { return nil }
                languageChanges.append(change)
            }
        }
        // A translation changes only its language's index.
        let ownPending = pending.filter { content[$0]?.language == nil }
        // One changed briefing (the usual edit) is re-indexed in place: nothing the size of the
        // site is copied, and a failure later re-indexes its old version to give the shown index
        // back. Several are re-indexed in a copy, so that the shown index stays whole.
        var undo: Briefing?
        if ownPending.count == 1 {
            shown = nil
            undo = ContentPath.id(of: ownPending.first!, kind: .briefing).flatMap(index.briefing)
        }
        func fail() -> Report? {
            guard shown == nil else { return nil }
            if let undo, index.reindex(undo, linkFirstMention: config.linkFirstMention) != nil {
                shown = index
            } else {
                needsFullBuild = true
            }
            return nil
        }
        var clock = StageClock(started: started)
        var selected: Set<String> = []
        // Pages a theme's list lost (its last), whose files go; the set of pages changes when
        // a list gains or loses one.
        var removed: [Page] = []
        let pageCount = index.pages.count
        for path in ownPending.sorted() {
            guard let parsed = content[path], let briefing = parsed.briefing, unreadable[path] == nil,
                !parsed.diagnostics.contains(where: { $0.severity == .error }), briefing.draft == false || options.includeDrafts,
                !indexProblems.contains(where: { $0.location?.path == path }),
                let pages = index.reindex(briefing, linkFirstMention: config.linkFirstMention, removed: &removed)
            else {
                // Nothing was changed yet.
                if shown == nil { shown = index }
                return nil
            }
            selected.formUnion(pages.map(\.path))
        }
        let (pages, left) = deferring(index.pages.filter { selected.contains($0.path) })
        let gone = removed.filter { index.pagePositions[$0.path] == nil }.map(\.outputPath)
        if !removed.isEmpty || index.pages.count != pageCount { knownOutputPaths = nil }
        // The other languages: the same briefing re-indexed in each index it changes. A page
        // gained or lost (a list's last) changes every language's set of pages: indexed whole.
        var languages = shownLanguages
        var languagePages: [[Page]] = Array(repeating: [], count: languages.count)
        if multilingual {
            guard removed.isEmpty, index.pages.count == pageCount else { return fail() }
            for (position, change) in languageChanges.enumerated() {
                guard case .reindex(let briefing) = change else { continue }
                var dropped: [Page] = []
                let count = languages[position].pages.count
                guard let changed = languages[position].reindex(briefing, linkFirstMention: config.linkFirstMention, removed: &dropped),
                    dropped.isEmpty, languages[position].pages.count == count
                else { return fail() }
                languagePages[position] = changed
            }
        }
        clock.lap(.index)
        let (stream, renderer) = self.pages(index, templates: templates, rendering: pages, clock: &clock)
        guard stream.diagnostics.isEmpty, stream.failed == nil else { return fail() }
        var rendered = stream.files
        var files = rendered + (ownPending.isEmpty ? [] : dataFiles(index))
        for (view, changed) in zip(languages, languagePages) where !changed.isEmpty {
            let made = languageFiles(view, templates: templates, rendering: changed, clock: &clock)
            guard made.diagnostics.isEmpty, !made.failed else { return fail() }
            rendered += made.pages
            files += made.pages + made.data
        }
        guard let written = try? writer.write(files) else { return fail() }
        let filesRemoved = writer.remove(gone)
        clock.lap(.write)
        shown = index
        shownLanguages = languages
        requestRenderer = renderer
        pending = []
        let diagnostics = settingProblems + indexProblems + content.values.flatMap(\.diagnostics)
        let duration = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return Report(
            diagnostics: Diagnostics(diagnostics).sorted, succeeded: true, full: false, indexedWholeSite: false,
            pagesRendered: rendered.count, pagesLeftForRequest: left, filesWritten: written,
            filesRemoved: filesRemoved, duration: duration, stageTimes: clock.times)
    }

    /// Indexes, renders and writes; `changed` nil renders every page.
    private func finish(changed: Set<String>?, started: DispatchTime) -> Report {
        var clock = StageClock(started: started)
        var diagnostics = settingProblems + unreadable.values.flatMap { $0 } + content.values.flatMap(\.diagnostics)
        var left = 0
        func report(_ succeeded: Bool, rendered: Int = 0, written: Int = 0, removed: Int = 0) -> Report {
            Report(
                diagnostics: Diagnostics(diagnostics).sorted, succeeded: succeeded, full: changed == nil, pagesRendered: rendered,
                pagesLeftForRequest: succeeded ? left : 0, filesWritten: written, filesRemoved: removed,
                duration: Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9, stageTimes: clock.times)
        }
        let parsed = ParsedSite(
            config: config, content: Array(content.values), templates: templates, assets: sources?.assets ?? [],
            unreadable: Set(unreadable.keys))
        let input = IndexInput(parsed, staticFiles: sources?.staticFiles ?? [], includeDrafts: options.includeDrafts)
        let reuse = changed == nil ? nil : shown
        let (index, ownProblems) = SiteIndexer.index(input, reusing: reuse, changed: changed ?? [])
        var indexProblems = ownProblems
        // Each other language, with the scans of its files that did not change.
        let (languageInputs, languageProblems) = LanguageView.inputs(parsed, own: input)
        indexProblems += languageProblems
        var languages: [SiteIndex] = []
        for input in languageInputs {
            let before = changed == nil ? nil : shownLanguages.first { $0.config.language == input.config.language }
            let (view, problems) = SiteIndexer.index(input, reusing: before, changed: changed ?? [])
            indexProblems += LanguageView.ownProblems(problems) + LanguageView.unmatchedPages(view, own: index)
            languages.append(view)
        }
        diagnostics += indexProblems
        clock.lap(.index)
        // Ctrl-C: stop before rendering rather than after (the preview is stopping).
        guard !Interruption.requested else { return report(false) }
        guard let templates, config != nil, !Diagnostics(diagnostics).hasErrors else { return report(false) }

        var pages = index.pages
        var removed: [String] = []
        // Without the index the output shows, every page is rendered and what is left over swept.
        let sweeping = changed == nil || shown == nil
        if let changed, let shown {
            let selection = ChangedPages.select(old: shown, new: index, changed: changed)
            pages = selection.pages
            removed = selection.removed.map(\.outputPath)
        }
        (pages, left) = deferring(pages)
        clock.lap(.index)
        knownOutputPaths = nil
        _ = outputPaths(of: [index] + languages)
        // Links from pages not rendered again into a briefing whose headings changed.
        var linking: [Page] = []
        if let changed, let shown {
            for path in changed {
                guard let id = ContentPath.id(of: path, kind: .briefing), let after = index.briefing(id),
                    shown.briefing(id)?.body.headings.map(\.anchor) != after.body.headings.map(\.anchor)
                else { continue }
                linking += index.pages(linkingInto: id)
            }
        }
        let (stream, renderer) = self.pages(index, templates: templates, rendering: pages, alsoChecking: linking, clock: &clock)
        diagnostics += stream.diagnostics
        guard !Diagnostics(diagnostics).hasErrors, stream.failed == nil else { return report(false) }
        var rendered = stream.files
        var files = rendered + dataFiles(index)
        // The other languages: the pages a change touched in each (all, the first time).
        for view in languages {
            let folder = view.config.languageRoot
            var pages = view.pages
            if let changed, let before = shownLanguages.first(where: { $0.config.language == view.config.language }) {
                // An original's change reaches the language's pages through its translation too
                // (its themes and draft state are the original's).
                let translations = changed.map { ContentPath.translation(of: ContentPath.original(of: $0), in: view.config.language) }
                let selection = ChangedPages.select(old: before, new: view, changed: changed.union(translations))
                pages = selection.pages
                removed += selection.removed.map { folder + $0.outputPath }
            }
            let made = languageFiles(view, templates: templates, rendering: pages, clock: &clock)
            diagnostics += made.diagnostics
            guard !Diagnostics(diagnostics).hasErrors, !made.failed else { return report(false) }
            rendered += made.pages
            files += made.pages + made.data
        }
        if changed == nil { files += SiteBuilder.copiedFiles(assets: parsed.assets, staticFiles: sources?.staticFiles ?? []) }
        clock.lap(.write)
        do {
            let written = try writer.write(files)
            if sweeping { removed = writer.paths.subtracting(files.map(\.path)).sorted() }
            let gone = writer.remove(removed)
            clock.lap(.write)
            shown = index
            shownLanguages = languages
            requestRenderer = renderer
            self.indexProblems = indexProblems
            pending = []
            needsFullBuild = false
            return report(true, rendered: rendered.count, written: written, removed: gone)
        } catch {
            diagnostics.append(.error(.write, at: nil, "cannot write \(options.output.path): \(error.localizedDescription)"))
            return report(false)
        }
    }

    /// The pages step, as a build runs it (`PageStream`), into memory: the pages are written once
    /// the check has passed. What the check can settle where links are made it settles, and
    /// the pages it must read that this rebuild does not render again are rendered for it. The
    /// renderer is returned too: the pages left for requests render with it, cards made.
    private func pages(
        _ index: SiteIndex, templates: TemplateSet, rendering pages: [Page], alsoChecking others: [Page] = [], clock: inout StageClock
    ) -> (PageStream.Outcome, PageRenderer) {
        let renderer = PageRenderer(index: index, templates: templates, liveReload: options.liveReload)
        let check = LinkCheckPlan(
            index: index, renderer: renderer, files: outputPaths(of: index), templates: sources?.templates ?? [],
            links: templateLinks ?? TemplateLinks(sources?.templates ?? []), ignoring: liveReloadLinks, rendering: pages,
            alsoChecking: others)
        let outcome = PageStream(renderer: renderer, check: check, destination: .memory).run(pages)
        let wall = clock.lap(.render)
        // The stream renders and checks each page together: its wall time is shared between the
        // two stages as its threads' time was.
        let render = outcome.threadTimes[.render] ?? 0, checking = outcome.threadTimes[.check] ?? 0
        if render + checking > 0 { clock.move(wall * checking / (render + checking), from: .render, to: .check) }
        return (outcome, renderer)
    }

    /// A language's pages (those that do not wait for a request) rendered and checked, and its
    /// data files, each in the language's folder; with the problems found, and whether it failed.
    private func languageFiles(
        _ view: SiteIndex, templates: TemplateSet, rendering pages: [Page], clock: inout StageClock
    ) -> (
        pages: [OutputFile], data: [OutputFile], diagnostics: [Diagnostic], failed: Bool
    ) {
        let folder = view.config.languageRoot
        let (stream, _) = self.pages(view, templates: templates, rendering: deferring(pages, folder: folder).now, clock: &clock)
        return (stream.files.map { $0.inFolder(folder) }, dataFiles(view), stream.diagnostics, stream.failed != nil)
    }

    /// Every path the output has or will have. It is kept through `patch`, whose edits keep the
    /// set of pages, and made again by every other rebuild.
    private func outputPaths(of index: SiteIndex) -> Set<String> {
        outputPaths(of: [index])
    }

    /// Every path of the output of the site's own language and the others (each in its folder).
    private func outputPaths(of indexes: [SiteIndex]) -> Set<String> {
        if let known = knownOutputPaths { return known }
        let copied = SiteBuilder.copiedFiles(assets: sources?.assets ?? [], staticFiles: sources?.staticFiles ?? [])
        let paths = Set(SiteRenderer.outputPaths(languages: indexes, copied: copied))
        knownOutputPaths = paths
        return paths
    }
}
