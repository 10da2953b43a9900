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
        func report(failedAt stage: Stage?, pages: Int = 0, files: Int = 0) -> BuildReport {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return BuildReport(
                diagnostics: diagnostics.sorted, succeeded: stage == nil, pagesWritten: pages, filesWritten: files,
                failedStage: stage, duration: seconds, config: built?.config, latestDate: built?.latestDate)
        }
        let writer = OutputWriter(destination: options.output)
        if options.write, let refusal = writer.refusal(siteRoot: options.siteRoot, force: options.force) {
            diagnostics.append(.error(.write, at: nil, refusal))
            return report(failedAt: .write)
        }

        let (sources, loadProblems) = SiteLoader(root: options.siteRoot).load()
        diagnostics.append(contentsOf: loadProblems)
        let (parsed, parseProblems) = SiteParser.parse(sources)
        diagnostics.append(contentsOf: parseProblems)
        var config = parsed.config ?? SiteConfig(title: "")
        if let baseURL = options.baseURL {
            guard let normalised = BaseURL.normalised(baseURL) else {
                diagnostics.append(
                    .error(.parse, at: nil, "the base URL must be an http(s) URL or a path starting with '/', not '\(baseURL)'"))
                return report(failedAt: .parse)
            }
            config.baseURL = normalised
        }
        let (index, indexProblems) = SiteIndexer.index(
            IndexInput(
                config: config, briefings: parsed.briefings, themes: parsed.themes, entities: parsed.entities,
                staticFiles: Set(sources.staticFiles.map(\.path)), includeDrafts: options.includeDrafts, unparsed: parsed.unparsed))
        diagnostics.append(contentsOf: indexProblems)
        built = index
        guard let templates = parsed.templates, parsed.config != nil, !diagnostics.fails(strict: options.strict) else {
            return report(failedAt: diagnostics.all.map(\.stage).min() ?? .parse)
        }

        if config.baseURL.hasPrefix("/"), !index.briefings.isEmpty {
            diagnostics.append(
                .warning(
                    .render, at: SourceLocation(path: SiteLayout.config),
                    "base_url '\(config.baseURL)' is only a path: \(SitePaths.sitemap), \(SitePaths.feed) and \(SitePaths.robots) need a full URL (https://…) and are left out"
                ))
        }
        let (pages, renderProblems) = SiteRenderer.render(index, templates: templates)
        diagnostics.append(contentsOf: renderProblems)
        guard !diagnostics.fails(strict: options.strict) else { return report(failedAt: .render) }

        let assets = copiedFiles(assets: parsed.assets, staticFiles: sources.staticFiles)
        let data = SiteRenderer.dataFiles(index)
        if options.checkLinks {
            let files = Set((pages + data + assets).map(\.path))
            let checker = LinkChecker(index: index, files: files, templates: sources.templates)
            diagnostics.append(contentsOf: checker.check(Array(zip(index.pages, pages))))
            guard !diagnostics.fails(strict: options.strict) else { return report(failedAt: .check) }
        }
        guard options.write else { return report(failedAt: nil, pages: pages.count) }
        diagnostics.append(contentsOf: writer.write(pages + data + assets))
        guard !diagnostics.hasErrors else { return report(failedAt: .write) }
        return report(failedAt: nil, pages: pages.count, files: pages.count + data.count + assets.count)
    }

    /// The template assets (to `assets/`) and static files (to the root) as output files.
    static func copiedFiles(assets: [RawFile], staticFiles: [RawFile]) -> [OutputFile] {
        let copied = assets.map { asset in
            OutputFile(path: SitePaths.assets + asset.path.dropFirst(SiteLayout.assets.count + 1), bytes: asset.bytes)
        }
        return copied
            + staticFiles.map { file in
                OutputFile(path: String(file.path.dropFirst(SiteLayout.staticFiles.count + 1)), bytes: file.bytes)
            }
    }
}
