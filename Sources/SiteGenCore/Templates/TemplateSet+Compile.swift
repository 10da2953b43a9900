import SiteGenTemplates

extension TemplateSet {
    /// Compiles the templates under `templates/`, reporting every syntax error, missing partial
    /// or parent and endless include at its tag, and every name a page's context does not have
    /// as a warning there. Plain text is escaped even in `{{{…}}}`: only rendered Markdown and
    /// other `TrustedHTML` reaches a page unescaped.
    /// `strings` are the keys of the interface strings, which templates print as `{{strings.key}}`.
    public static func compile(
        _ sources: [SourceText], required: [String], strings: Set<String> = Set(InterfaceStrings.english.texts.keys)
    ) -> (TemplateSet?, [Diagnostic]) {
        let (library, problems) = TemplateLibrary.compile(
            sources.map { TemplateSource(name: name(ofPath: $0.path), path: $0.path, text: $0.text) },
            options: .init(escapeRawText: true, pathOfName: { path(ofName: $0) }))
        var diagnostics = problems.map(Diagnostic.init)
        let broken = Set(problems.filter { $0.severity == .error }.map(\.location.path))
        let missing = required.filter { !library.contains($0) && !broken.contains(path(ofName: $0)) }
        if !missing.isEmpty {
            let all = required.map { "\($0).\(SiteLayout.templateExtension)" }.joined(separator: ", ")
            let paths = missing.map(path(ofName:)).joined(separator: ", ")
            diagnostics.append(
                .error(
                    .parse, at: nil,
                    "missing \(missing.count == 1 ? "template" : "templates") \(paths): \(SiteLayout.templates)/ needs one per page kind (\(all))"
                ))
        }
        var checker = TemplateChecker(library: library)
        for kind in PageKind.allCases { checker.check(kind.template, context: kind.contextSchema(strings: strings)) }
        diagnostics += checker.problems.map { problem in
            var diagnostic = Diagnostic(problem)
            if problem.severity == .warning { diagnostic.message += "; README lists the values of each page" }
            return diagnostic
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (TemplateSet(library: library), diagnostics)
    }
}

extension Diagnostic {
    init(_ problem: TemplateDiagnostic) {
        self.init(problem.severity == .error ? .error : .warning, .parse, at: SourceLocation(problem.location), problem.message)
    }
}
