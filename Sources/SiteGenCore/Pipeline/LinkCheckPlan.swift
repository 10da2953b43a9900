/// The link check as both drivers set it up: the checker, and which pages it reads (see
/// `LinkPlanner`). A rebuild that renders only some pages also renders, for the check alone,
/// the pages their unsettled links lead to.
struct LinkCheckPlan {
    let checker: LinkChecker
    /// The output paths of the pages the checker reads; nil for every page.
    let scanning: Set<String>?
    /// Pages rendered for the check alone: read, not written.
    let extra: [Page]

    /// Whether the checker reads this page as it renders.
    func reads(_ page: Page) -> Bool { scanning?.contains(page.outputPath) ?? true }

    /// The check of `pages` (nil: every page) and of `others`, pages not rendered again whose
    /// links may have broken; `files` is every path the output will have.
    init(
        index: SiteIndex, renderer: PageRenderer, files: Set<String>, templates: [SourceText], links: TemplateLinks,
        ignoring ignored: Set<String> = [], scanEveryPage: Bool = false, rendering pages: [Page]? = nil, alsoChecking others: [Page] = []
    ) {
        var checker = LinkChecker(index: index, files: files, templates: templates, ignoring: ignored)
        checker.written = (links, renderer.sitewideContext(for:))
        self.checker = checker
        let planner = LinkPlanner(index: index, checker: checker, templates: links, sitewide: renderer.sitewideContext)
        guard let pages else {
            scanning = scanEveryPage ? nil : planner.pagesToScan()
            extra = []
            return
        }
        let checked = pages + others
        // Where every page would have to be read (raw HTML in Markdown), the checked ones are.
        let scanning = scanEveryPage ? nil : planner.pagesToScan(among: checked)
        let toScan = scanning ?? Set(checked.map(\.outputPath))
        let rendered = Set(pages.map(\.outputPath))
        self.scanning = toScan
        extra = index.pages.filter { toScan.contains($0.outputPath) && !rendered.contains($0.outputPath) }
    }
}
