import Foundation

/// Runs the pipeline: load → parse → index → render → write.
///
/// The first three stages run even after problems, so that one build reports all of them; nothing
/// is rendered or written unless they pass (with `strict`, warnings count as problems).
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) -> BuildReport {
        let started = DispatchTime.now()
        var diagnostics = Diagnostics()
        var built: SiteIndex?
        var timings = BuildTimings()
        func report(failedAt stage: Stage?, pages: Int = 0, files: Int = 0) -> BuildReport {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return BuildReport(
                diagnostics: diagnostics.sorted, succeeded: stage == nil, pagesWritten: pages, filesWritten: files,
                failedStage: stage, duration: seconds, timings: timings, config: built?.config,
                latestDate: built?.latestDate)
        }
        /// Ctrl-C between stages: nothing was written yet.
        func interrupted(at stage: Stage) -> BuildReport {
            diagnostics.append(Interruption.diagnostic(at: stage))
            return report(failedAt: stage)
        }
        let writer = OutputWriter(destination: options.output)
        if options.write, let refusal = writer.refusal(siteRoot: options.siteRoot, force: options.force) {
            diagnostics.append(.error(.write, at: nil, refusal))
            return report(failedAt: .write)
        }

        var (sources, loadProblems) = SiteLoader(root: options.siteRoot).load()
        diagnostics.append(contentsOf: loadProblems)
        timings.end(.load)
        let (parsed, parseProblems) = SiteParser.parse(
            sources, overrides: SiteOverrides(baseURL: options.baseURL, relativeURLs: options.relativeURLs))
        diagnostics.append(contentsOf: parseProblems)
        sources.content = []  // parsed now; not kept through the build
        timings.end(.parse)
        if Interruption.requested { return interrupted(at: .parse) }
        let input = IndexInput(parsed, staticFiles: sources.staticFiles, includeDrafts: options.includeDrafts)
        let (index, indexProblems) = SiteIndexer.index(input)
        diagnostics.append(contentsOf: indexProblems)
        // Each other language, indexed as a site of its own (a problem of the site's own text,
        // found again in its fallback, is reported once).
        let (languageInputs, languageProblems) = LanguageView.inputs(parsed, own: input)
        diagnostics.append(contentsOf: languageProblems)
        var views = [index]
        for input in languageInputs {
            let (view, problems) = SiteIndexer.index(input)
            diagnostics.append(contentsOf: LanguageView.ownProblems(problems) + LanguageView.unmatchedPages(view, own: index))
            views.append(view)
        }
        // What depends on today's date is checked by `sitegen check` alone, so that a build's
        // messages, like its output, depend only on its input.
        if !options.write, let days = index.config.staleAfterDays {
            let today = options.today ?? BuildDate.fromEnvironment() ?? BuildDate.today()
            diagnostics.append(contentsOf: CitationIndex.stale(index.citations.sources, days: days, today: today))
        }
        built = index
        timings.end(.index)
        if Interruption.requested { return interrupted(at: .index) }
        guard let templates = parsed.templates, parsed.config != nil, !diagnostics.fails(strict: options.strict) else {
            return report(failedAt: diagnostics.all.filter { $0.severity != .note }.map(\.stage).min() ?? .parse)
        }

        diagnostics.append(contentsOf: SiteSettings.warnings(index))
        let assets = copiedFiles(assets: parsed.assets, staticFiles: sources.staticFiles)
        let paths = SiteRenderer.outputPaths(languages: views, copied: assets)
        let files = paths.count, everyFile = Set(paths)
        var staging: StagingFolder?
        do {
            if options.write {
                staging = try writer.begin(files: everyFile)
                for file in assets { try staging?.write(file) }
            }
            timings.end(.staging)
        } catch {
            staging?.discard()
            diagnostics.append((error as? OutputWriter.OutputError)?.diagnostic ?? writer.failure(error))
            return report(failedAt: .write)
        }
        let links = TemplateLinks(sources.templates)
        var kept: [Any] = []
        var failedStage: Stage?
        timings.pageThreads = (0, 0, 0)
        for view in views where failedStage == nil {
            let renderer = PageRenderer(index: view, templates: templates)
            let check =
                options.checkLinks
                ? LinkCheckPlan(
                    index: view, renderer: renderer, files: everyFile, templates: sources.templates, links: links,
                    scanEveryPage: options.scanEveryPage) : nil
            // The data files are made beside the pages, each written as soon as it is made.
            let makers = options.write ? SiteRenderer.dataFileStreams(view) : []
            var pages = PageStream(renderer: renderer, check: check, destination: staging.map { .staging($0) } ?? .nowhere)
            pages.folder = view.config.languageRoot
            let stream = pages.run(view.pages, dataFiles: makers)
            diagnostics.append(contentsOf: stream.diagnostics)
            timings.pageThreads.render += stream.threadTimes[.render] ?? 0
            timings.pageThreads.check += stream.threadTimes[.check] ?? 0
            timings.pageThreads.write += stream.threadTimes[.write] ?? 0
            timings.dataFileThreads += stream.dataSeconds
            failedStage = stream.failed
            kept.append((renderer, check, stream))
        }
        timings.end(.pages)
        if let failed = failedStage ?? (diagnostics.fails(strict: options.strict) ? .check : nil) {
            staging?.discard()
            return report(failedAt: failed)
        }
        do {
            if let staging {
                try staging.commit()
                timings.end(.swap)
            }
        } catch {
            staging?.discard()
            diagnostics.append(writer.failure(error))
            return report(failedAt: .write)
        }
        if options.leavesMemoryToExit { LeftToExit.keep((parsed, views, kept)) }
        return report(failedAt: nil, pages: views.map(\.pages.count).reduce(0, +), files: options.write ? files : 0)
    }

    /// The template assets (to `assets/`) and static files (to the root) as output files.
    static func copiedFiles(assets: [RawFile], staticFiles: [RawFile]) -> [OutputFile] {
        let copied = assets.map { asset in
            OutputFile(
                path: SitePaths.assets + BuiltinTheme.sitePath(of: asset.path).dropFirst(SiteLayout.assets.count + 1), bytes: asset.bytes)
        }
        return copied
            + staticFiles.map { file in
                OutputFile(path: String(file.path.dropFirst(SiteLayout.staticFiles.count + 1)), bytes: file.bytes)
            }
    }
}
