/// Checks the names a template uses against the schema of the context it is rendered with,
/// scope by scope, as the renderer would look them up: a name that no frame of the context
/// stack can hold renders as nothing, and is reported at its tag with the nearest key. A
/// template that includes itself inside sections that the schema says are always shown (a
/// non-optional object) would render without end, and is an error at the include.
public struct TemplateChecker {
    let library: TemplateLibrary
    private var diagnostics: [TemplateDiagnostic] = []
    private var reported: Set<TemplateLocation> = []
    private var visited: Set<String> = []
    /// The templates being walked, each with how many sections that can be empty stood around it.
    private var includes: [(index: Int, guards: Int, shown: Int)] = []
    private var guards = 0
    /// The blocks being walked, by the parent tag that gives them (-1: their own default).
    private var expanding: Set<String> = []
    /// Sections that always show around what is walked (an include with none between is
    /// reported by `IncludeCycles` when the library is compiled).
    private var shown = 0

    public init(library: TemplateLibrary) {
        self.library = library
    }

    /// Warnings for the template `name` rendered with a context of this schema.
    public static func check(_ library: TemplateLibrary, template name: String, context: TemplateSchema) -> [TemplateDiagnostic] {
        var checker = TemplateChecker(library: library)
        checker.check(name, context: context)
        return checker.diagnostics
    }

    /// Checks another template; problems found earlier at the same tag are not repeated.
    public mutating func check(_ name: String, context: TemplateSchema) {
        guard let nodes = library.nodes(of: name) else { return }
        walk(nodes, scopes: [[context]], overrides: [])
    }

    public var problems: [TemplateDiagnostic] {
        diagnostics.sorted {
            ($0.location.path, $0.location.line, $0.location.column) < ($1.location.path, $1.location.line, $1.location.column)
        }
    }

    private typealias Scopes = [[TemplateSchema]]

    private mutating func walk(_ nodes: [TemplateNode], scopes: Scopes, overrides: [[String: TemplateBlock]]) {
        for node in nodes {
            switch node {
            case .text, .lineStart: continue
            case .variable(let name, _, let at): _ = resolve(name, in: scopes, at: at)
            case .section(let name, let inverted, let children, let at):
                let (found, alwaysShown) = resolveField(name, in: scopes, at: at)
                let guarded = !alwaysShown || inverted
                if guarded { guards += 1 } else { shown += 1 }
                defer { if guarded { guards -= 1 } else { shown -= 1 } }
                if inverted || found.isEmpty {
                    walk(children, scopes: scopes, overrides: overrides)
                } else {
                    let inner = found.map { schema -> TemplateSchema in
                        if case .list(let element) = schema.kind { return element }
                        return schema
                    }
                    walk(children, scopes: scopes + [inner], overrides: overrides)
                }
            case .partial(let reference, _, let at):
                guard case .resolved(let index, _) = reference else { continue }
                include(index, at: at, scopes: scopes, overrides: overrides)
            case .parent(let reference, let blocks, _, let at):
                guard case .resolved(let index, _) = reference else { continue }
                include(index, at: at, scopes: scopes, overrides: overrides + [blocks])
            case .block(let name, let block, _):
                // A block given by a parent tag may hold a block of the same name: walk each once.
                let giver = overrides.firstIndex { $0[name] != nil }
                let key = "\(giver ?? -1)/\(name)"
                guard expanding.insert(key).inserted else { continue }
                defer { expanding.remove(key) }
                walk(giver.map { overrides[$0][name]!.content } ?? block.content, scopes: scopes, overrides: overrides)
            }
        }
    }

    /// A template included in this scope is checked once for each different scope.
    private mutating func include(_ index: Int, at location: TemplateLocation, scopes: Scopes, overrides: [[String: TemplateBlock]]) {
        if let entry = includes.first(where: { $0.index == index }) {
            if entry.guards == guards, entry.shown < shown, reported.insert(location).inserted {
                let name = library.template(index).name
                diagnostics.append(
                    .error(
                        location,
                        "template '\(name)' includes itself inside sections that are always shown; a template may not include itself, directly or not, unless a section that can be empty stands between, since it would render without end"
                    ))
            }
            return
        }
        includes.append((index, guards, shown))
        defer { includes.removeLast() }
        let signature =
            "\(index)|" + scopes.map { $0.map { "\(ObjectIdentifier($0).hashValue)" }.joined(separator: ",") }.joined(separator: "/")
            + "|\(overrides.count)"
        guard visited.insert(signature).inserted else { return }
        walk(library.template(index).nodes, scopes: scopes, overrides: overrides)
    }

    private mutating func resolve(_ name: TemplateName, in scopes: Scopes, at location: TemplateLocation) -> [TemplateSchema] {
        resolveField(name, in: scopes, at: location).schemas
    }

    /// The schemas a name can have here, empty (and reported) when no frame holds it, and
    /// whether a section over it always shows: every part is there and is an object or text.
    private mutating func resolveField(
        _ name: TemplateName, in scopes: Scopes, at location: TemplateLocation
    )
        -> (schemas: [TemplateSchema], alwaysShown: Bool)
    {
        guard let first = name.parts.first else { return (scopes.last ?? [], false) }
        var found: [TemplateSchema.Field] = []
        for frame in scopes.reversed() {
            found = frame.compactMap { $0.field(first) }
            if !found.isEmpty { break }
        }
        guard !found.isEmpty else {
            let keys = scopes.flatMap { $0.flatMap { $0.fields.map(\.name) } }
            report(name, unknown: first, keys: keys, at: location)
            return ([], false)
        }
        var alwaysShown = found.allSatisfy(\.alwaysShown)
        for part in name.parts.dropFirst() {
            let next = found.compactMap { $0.schema.field(part) }
            guard !next.isEmpty else {
                report(name, unknown: part, keys: found.flatMap { $0.schema.fields.map(\.name) }, at: location)
                return ([], false)
            }
            alwaysShown = alwaysShown && next.allSatisfy(\.alwaysShown)
            found = next
        }
        return (found.map(\.schema), alwaysShown)
    }

    private mutating func report(_ name: TemplateName, unknown part: String, keys: [String], at location: TemplateLocation) {
        guard reported.insert(location).inserted else { return }
        let suggestion =
            NameSuggestion.closest(to: part, in: Set(keys)).map { closest -> String in
                var parts = name.parts
                if let position = parts.firstIndex(of: part) { parts[position] = closest }
                return " (did you mean '\(parts.joined(separator: "."))'?)"
            } ?? ""
        diagnostics.append(.warning(location, "'\(name)' is no value of this page here, so it renders as nothing\(suggestion)"))
    }
}
