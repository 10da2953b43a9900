/// Resolves the names of partials and parents to templates of the library, reporting each one
/// missing at its tag.
struct ReferenceResolver {
    let indexByName: [String: Int]
    /// Every template's name, also those with a syntax error (reported already, never "not found").
    let known: Set<String>
    let pathOfName: (@Sendable (String) -> String)?
    var diagnostics: [TemplateDiagnostic] = []

    mutating func resolve(_ nodes: [TemplateNode]) -> [TemplateNode] {
        var resolved: [TemplateNode] = []
        resolved.reserveCapacity(nodes.count)
        for node in nodes { resolved.append(resolve(node)) }
        return resolved
    }

    private mutating func resolve(_ node: TemplateNode) -> TemplateNode {
        switch node {
        case .section(let name, let inverted, let children, let at):
            return .section(name, inverted: inverted, resolve(children), at: at)
        case .partial(let reference, let indentation, let at):
            return .partial(resolve(reference, at: at), indentation: indentation, at: at)
        case .parent(let reference, let blocks, let indentation, let at):
            let resolvedBlocks = blocks.mapValues { block in
                TemplateBlock(content: resolve(block.content), indentation: block.indentation, standalone: block.standalone)
            }
            return .parent(resolve(reference, at: at), blocks: resolvedBlocks, indentation: indentation, at: at)
        case .block(let name, let block, let at):
            return .block(
                name, TemplateBlock(content: resolve(block.content), indentation: block.indentation, standalone: block.standalone), at: at)
        case .text, .lineStart, .variable:
            return node
        }
    }

    private mutating func resolve(_ reference: TemplateReference, at location: TemplateLocation) -> TemplateReference {
        guard case .named(let name) = reference else { return reference }
        if let index = indexByName[name] { return .resolved(index, name) }
        if !known.contains(name) {
            diagnostics.append(
                .error(
                    location,
                    "template '\(name)' not found\(pathOfName.map { ": there is no \($0(name))" } ?? "")\(NameSuggestion.didYouMean(name, in: known))"
                ))
        }
        return reference
    }
}
