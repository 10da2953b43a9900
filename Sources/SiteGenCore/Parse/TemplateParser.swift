import Mustache

/// Compiles the Mustache templates under `templates/` into a `TemplateSet`, reporting each syntax
/// error at its file, line and column.
public enum TemplateParser {
    public static func parse(_ sources: [SourceText], required: [String]) -> (TemplateSet?, [Diagnostic]) {
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        HTMLEscaping.registered
        // On a line of its own, which a standalone tag leaves no trace of; errors are one line lower.
        let pragma = HTMLEscaping.pragma + "\n"
        for source in sources {
            do {
                templates[TemplateSet.name(ofPath: source.path)] = try MustacheTemplate(string: pragma + source.text)
            } catch let error as MustacheTemplate.ParserError {
                let line = max(1, error.context.lineNumber - 1)
                let location = SourceLocation(path: source.path, line: line, column: error.context.columnNumber + 1)
                diagnostics.append(.error(.parse, at: location, "template error: \(message(for: error.error))"))
            } catch {
                diagnostics.append(.error(.parse, at: SourceLocation(path: source.path), "template error: \(error)"))
            }
        }
        for source in sources {
            guard let template = templates[TemplateSet.name(ofPath: source.path)] else { continue }
            for name in Set(TemplateReferences.names(in: template)).sorted() where templates[name] == nil {
                diagnostics.append(
                    .error(
                        .parse, at: TemplateReferences.location(of: name, in: source),
                        "template '\(name)' not found: there is no \(TemplateSet.path(ofName: name))\(Suggestion.didYouMean(name, in: templates.keys))"
                    ))
            }
        }
        let byName = Dictionary(sources.map { (TemplateSet.name(ofPath: $0.path), $0) }) { first, _ in first }
        diagnostics += TemplateChecks.cycles(templates, sources: byName)
        for source in sources {
            guard let template = templates[TemplateSet.name(ofPath: source.path)] else { continue }
            diagnostics += TemplateChecks.unknownVariables(template, source: source)
        }
        let broken = Set(diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.path })
        let missing = required.map(TemplateSet.path(ofName:)).filter {
            !broken.contains($0) && templates[TemplateSet.name(ofPath: $0)] == nil
        }
        if !missing.isEmpty {
            let all = required.map { "\($0).\(SiteLayout.templateExtension)" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    .parse, at: nil,
                    "missing \(missing.count == 1 ? "template" : "templates") \(missing.joined(separator: ", ")): \(SiteLayout.templates)/ needs one per page kind (\(all))"
                ))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (TemplateSet(library: MustacheLibrary(templates: templates)), diagnostics)
    }

    private static func message(for error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "this closing tag does not match the section it closes"
        case .unfinishedName: "unfinished tag: expected '}}'"
        case .expectedSectionEnd: "a section is never closed: expected '{{/name}}'"
        case .invalidSetDelimiter: "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: "only blocks '{{$name}}' may stand inside '{{<parent}}'"
        case .textInsideInheritSection: "text outside a block '{{$name}}' inside '{{<parent}}'"
        case .invalidConfigVariableSyntax: "invalid pragma syntax"
        case .unrecognisedConfigVariable: "unknown pragma"
        case nil: "\(error)"
        }
    }
}
