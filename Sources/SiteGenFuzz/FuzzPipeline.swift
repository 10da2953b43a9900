import SiteGenCore

/// What one input did: every problem sitegen reported, and how far it got.
struct FuzzOutcome {
    /// The path the file is read from: the input's, or that of the entity it stands in for.
    var path: String
    var diagnostics: [Diagnostic] = []
    /// The file was decoded and split into front-matter and body.
    var split = false
    /// The front-matter decoded into a briefing, theme or entity.
    var parsed = false
    /// The site had no errors, so its pages were rendered and their links checked.
    var rendered = false
    var htmlBytes = 0
}

/// The path a content file takes through a build: decode → split → front-matter (libyaml's
/// events) and body (cmark) → HTML (cmark) → read back (libxml2). With `withSite`, the file is
/// built with the rest of the site instead: indexed with it, its pages rendered through templates
/// and their links checked, only when the earlier stages found no error, as in `SiteBuilder`.
enum FuzzPipeline {
    static func run(_ input: FuzzInput, site: FuzzSite = .shared) -> FuzzOutcome {
        var outcome = FuzzOutcome(path: input.path)
        let text = TextDecoder.decode(RawFile(path: input.path, bytes: input.bytes))
            .flatMap { FrontMatterSplitter.split($0, path: input.path, kind: input.kind, id: FuzzInput.id) }
        var parsed: ParsedContent?
        switch text {
        case .success(var file):
            outcome.split = true
            // An entity of the site (a seed made from one) stands in for it, rather than clash with its names.
            if input.withSite, input.kind == .entity, let original = site.entity(withFrontMatter: file.frontMatter) {
                (file.path, file.id) = (original.path, original.id)
                outcome.path = original.path
            }
            parsed = ParsedContent.parse(file, markdown: input.markdown)
            outcome.diagnostics += parsed?.diagnostics ?? []
            outcome.parsed = parsed?.isParsed ?? false
        case .failure(let diagnostic):
            outcome.diagnostics.append(diagnostic)
        }
        if input.withSite {
            buildSite(with: parsed, input: input, site: site, outcome: &outcome)
        } else if let body = parsed?.briefing?.body ?? parsed?.theme?.body ?? parsed?.entity?.body {
            let html = CommonMark.renderHTML(body.document, unsafe: input.markdown.unsafeHTML)
            outcome.htmlBytes += html.utf8.count
            let (index, _) = SiteIndexer.index(IndexInput(config: input.config, briefings: [], themes: []))
            let page = Page(kind: .briefing, id: FuzzInput.id, path: "briefings/\(FuzzInput.id)/", dependencies: [])
            _ = LinkChecker(index: index, files: [], templates: []).scan(page, html: Array(html.utf8))
        }
        return outcome
    }

    private static func buildSite(with parsed: ParsedContent?, input: FuzzInput, site: FuzzSite, outcome: inout FuzzOutcome) {
        let path = outcome.path
        var content = (site.parsed[input.markdown.smartPunctuation] ?? []).filter { $0.path != path }
        if let parsed { content.append(parsed) }
        let parsedSite = ParsedSite(
            config: input.config, content: content, templates: FuzzSite.templates, assets: [], unreadable: parsed == nil ? [path] : [])
        let (index, indexProblems) = SiteIndexer.index(
            IndexInput(
                config: input.config, briefings: parsedSite.briefings, themes: parsedSite.themes, entities: parsedSite.entities,
                includeDrafts: true, unparsed: parsedSite.unparsed))
        outcome.diagnostics += indexProblems
        guard !outcome.diagnostics.contains(where: { $0.severity == .error }) else { return }

        outcome.rendered = true
        let renderer = PageRenderer(index: index, templates: FuzzSite.templates)
        let data = SiteRenderer.dataFiles(index, fallbackDate: nil)
        let checker = LinkChecker(
            index: index, files: Set(index.pages.map(\.outputPath) + data.map(\.path)), templates: FuzzSite.templateSources)
        // The pages that show the file's body or its mentions: its own, the book, entity pages, the
        // index. Lists show only titles and summaries, and every page of a real build the templates.
        let id = ContentPath.id(of: path, kind: input.kind)
        let shown = index.pages.filter { page in
            page.id == id || page.dependencies.contains { $0.path == path && !$0.facets.isDisjoint(with: [.content, .mentions]) }
        }
        var scans: [LinkChecker.PageLinks] = []
        for page in shown {
            switch renderer.render(page) {
            case .success(let file):
                outcome.htmlBytes += file.bytes.count
                scans.append(checker.scan(page, html: file.bytes))
            case .failure(let diagnostic):
                outcome.diagnostics.append(diagnostic)
            }
        }
        outcome.htmlBytes += data.reduce(0) { $0 + $1.bytes.count }
        outcome.diagnostics += checker.report(scans)
    }
}
