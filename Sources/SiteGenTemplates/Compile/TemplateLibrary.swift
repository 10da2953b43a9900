/// A set of templates compiled together: parsed, their partials and parents resolved, checked
/// for includes that would never end. Compile once per build; render from any thread.
public struct TemplateLibrary: Sendable {
    public struct Options: Sendable {
        /// Print plain text escaped even in `{{{…}}}` and `{{&…}}`, so that only `TrustedHTML`
        /// reaches the output unescaped. The Mustache spec says otherwise, so it is off by default.
        public var escapeRawText = false
        /// How deep partials, parents and blocks may nest while rendering before it stops with an
        /// error: a data-driven recursion that does not end.
        public var maximumDepth = 200
        /// The file a template of this name would be, for the message when one is missing.
        public var pathOfName: (@Sendable (String) -> String)?

        public init(escapeRawText: Bool = false, maximumDepth: Int = 200, pathOfName: (@Sendable (String) -> String)? = nil) {
            self.escapeRawText = escapeRawText
            self.maximumDepth = maximumDepth
            self.pathOfName = pathOfName
        }
    }

    let templates: [CompiledTemplate]
    let indexByName: [String: Int]
    let options: Options
    let plan: RenderPlan

    /// Compiles the sources. A template with a syntax error is left out (and reported); a
    /// partial or parent that does not exist is reported at its tag and renders as nothing; an
    /// include that leads back to itself with no section or block in between is reported at the
    /// tag that closes the cycle.
    public static func compile(_ sources: [TemplateSource], options: Options = Options()) -> (TemplateLibrary, [TemplateDiagnostic]) {
        var diagnostics: [TemplateDiagnostic] = []
        var parsed: [(TemplateSource, [TemplateNode])] = []
        var known: Set<String> = []
        for source in sources.sorted(by: { $0.name < $1.name }) where known.insert(source.name).inserted {
            switch TemplateParser.parse(source) {
            case .success(let nodes): parsed.append((source, nodes))
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        let indexByName = Dictionary(uniqueKeysWithValues: parsed.enumerated().map { ($1.0.name, $0) })
        var resolver = ReferenceResolver(indexByName: indexByName, known: known, pathOfName: options.pathOfName)
        let templates = parsed.map { source, nodes in
            CompiledTemplate(name: source.name, path: source.path, nodes: resolver.resolve(nodes))
        }
        diagnostics += resolver.diagnostics
        diagnostics += IncludeCycles.find(in: templates)
        var builder = PlanBuilder()
        for template in templates { builder.add(template.nodes, at: TemplateLocation(path: template.path, line: 1, column: 1)) }
        return (TemplateLibrary(templates: templates, indexByName: indexByName, options: options, plan: builder.plan), diagnostics)
    }

    /// Whether the library holds a template of this name.
    public func contains(_ name: String) -> Bool { indexByName[name] != nil }

    /// The parsed tree of a template, for checks of its names.
    public func nodes(of name: String) -> [TemplateNode]? {
        indexByName[name].map { templates[$0].nodes }
    }

    func template(_ index: Int) -> CompiledTemplate { templates[index] }
}
