/// Checks the names a template uses against the schema of the context it is rendered with,
/// scope by scope, as the renderer would look them up: a name that no frame of the context
/// stack can hold renders as nothing, and is reported at its tag with the nearest key.
public struct TemplateChecker {
    let library: TemplateLibrary
    private var diagnostics: [TemplateDiagnostic] = []
    private var reported: Set<TemplateLocation> = []
    private var visited: Set<String> = []

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

    public var problems: [TemplateDiagnostic] { diagnostics.sorted { ($0.location.path, $0.location.line, $0.location.column) < ($1.location.path, $1.location.line, $1.location.column) } }

    private typealias Scopes = [[TemplateSchema]]

    private mutating func walk(_ nodes: [TemplateNode], scopes: Scopes, overrides: [[String: TemplateBlock]]) {
        for node in nodes {
            switch node {
            case .text, .lineStart: continue
            case .variable(let name, _, let at): _ = resolve(name, in: scopes, at: at)
            case .section(let name, let inverted, let children, let at):
                let found = resolve(name, in: scopes, at: at)
                if inverted || found.isEmpty {
                    walk(children, scopes: scopes, overrides: overrides)
                } else {
                    let inner = found.map { schema -> TemplateSchema in
                        if case .list(let element) = schema.kind { return element }
                        return schema
                    }
                    walk(children, scopes: scopes + [inner], overrides: overrides)
                }
            case .partial(let reference, _, _):
                guard case .resolved(let index, _) = reference else { continue }
                include(index, scopes: scopes, overrides: overrides)
            case .parent(let reference, let blocks, _, _):
                guard case .resolved(let index, _) = reference else { continue }
                include(index, scopes: scopes, overrides: overrides + [blocks])
            case .block(let name, let block, _):
                let content = overrides.lazy.compactMap { $0[name] }.first?.content ?? block.content
                walk(content, scopes: scopes, overrides: overrides)
            }
        }
    }

    /// A template included in this scope is checked once for each different scope.
    private mutating func include(_ index: Int, scopes: Scopes, overrides: [[String: TemplateBlock]]) {
        let signature = "\(index)|" + scopes.map { $0.map { "\(ObjectIdentifier($0).hashValue)" }.joined(separator: ",") }.joined(separator: "/")
            + "|\(overrides.count)"
        guard visited.insert(signature).inserted else { return }
        walk(library.template(index).nodes, scopes: scopes, overrides: overrides)
    }

    /// The schemas a name can have here; empty (and reported) when no frame holds it.
    private mutating func resolve(_ name: TemplateName, in scopes: Scopes, at location: TemplateLocation) -> [TemplateSchema] {
        guard let first = name.parts.first else { return scopes.last ?? [] }
        var found: [TemplateSchema] = []
        for frame in scopes.reversed() {
            found = frame.compactMap { $0.field(first)?.schema }
            if !found.isEmpty { break }
        }
        guard !found.isEmpty else {
            let keys = scopes.flatMap { $0.flatMap { $0.fields.map(\.name) } }
            report(name, unknown: first, keys: keys, at: location)
            return []
        }
        for part in name.parts.dropFirst() {
            let next = found.compactMap { $0.field(part)?.schema }
            guard !next.isEmpty else {
                report(name, unknown: part, keys: found.flatMap { $0.fields.map(\.name) }, at: location)
                return []
            }
            found = next
        }
        return found
    }

    private mutating func report(_ name: TemplateName, unknown part: String, keys: [String], at location: TemplateLocation) {
        guard reported.insert(location).inserted else { return }
        let suggestion = NameSuggestion.closest(to: part, in: Set(keys)).map { closest -> String in
            var parts = name.parts
            if let position = parts.firstIndex(of: part) { parts[position] = closest }
            return " (did you mean '\(parts.joined(separator: "."))'?)"
        } ?? ""
        diagnostics.append(.warning(location, "'\(name)' is no value of this page here, so it renders as nothing\(suggestion)"))
    }
}
