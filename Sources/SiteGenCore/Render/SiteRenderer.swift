/// The render stage: every page of the index through its template, on all cores.
public enum SiteRenderer {
    /// The site's data files: `xref.json`.
    public static func dataFiles(_ index: SiteIndex) -> [OutputFile] {
        [XRefDocument(index).file()]
    }

    public static func render(_ index: SiteIndex, templates: TemplateSet) -> ([OutputFile], [Diagnostic]) {
        let builder = ContextBuilder(index: index)
        let markdown = MarkdownRenderer(basePath: index.config.basePath, unsafeHTML: index.config.markdown.unsafeHTML)
        let results = index.pages.parallelMap { page -> Result<OutputFile, Diagnostic> in
            let context = builder.context(for: page, markdown: markdown)
            guard let html = templates.render(page.kind.template, context: context) else {
                return .failure(.error(.render, at: nil, "missing template \(TemplateSet.path(ofName: page.kind.template))"))
            }
            return .success(OutputFile(path: page.outputPath, text: html))
        }
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
