import Mustache

/// Checks of the compiled templates beyond their syntax: partials that include themselves (which
/// would render forever) and variables no page provides (which render as nothing).
enum TemplateChecks {
    /// An error for each cycle of partials and parents (`a` includes `b`, which includes `a`),
    /// at the tag that closes it. swift-mustache would recurse until the stack overflows.
    static func cycles(_ templates: [String: MustacheTemplate], sources: [String: SourceText]) -> [Diagnostic] {
        let edges = templates.mapValues { Array(Set(TemplateReferences.names(in: $0))).sorted() }
        var problems: [Diagnostic] = []
        var reported: Set<String> = []
        for start in edges.keys.sorted() {
            // Depth-first from `start`, without recursion: a path that comes back to `start` is a cycle.
            var stack: [(name: String, path: [String])] = [(start, [start])]
            var seen: Set<String> = []
            while let (name, path) = stack.popLast() {
                for next in edges[name] ?? [] {
                    if next == start {
                        let cycle = path + [start]
                        let key = Set(cycle).sorted().joined(separator: " ")
                        guard reported.insert(key).inserted, let source = sources[name] else { continue }
                        let how = cycle.count == 2 ? "includes itself" : "includes itself through \(cycle.joined(separator: " → "))"
                        problems.append(
                            .error(
                                .parse, at: TemplateReferences.location(of: start, in: source),
                                "template '\(start)' \(how); a template may not include itself, directly or not, since it would render without end"
                            ))
                    } else if seen.insert(next).inserted {
                        stack.append((next, path + [next]))
                    }
                }
            }
        }
        return problems
    }

    /// A warning for each variable or section whose name (or a part of a dotted name) is no key
    /// of any page's context. `.` (the current item) and names with only transforms are fine.
    static func unknownVariables(_ template: MustacheTemplate, source: SourceText) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in Set(TemplateReferences.variables(in: template)).sorted() where name != "." && !name.isEmpty {
            let parts = name.split(separator: ".").map(String.init)
            guard let unknown = parts.first(where: { !ContextKeys.all.contains($0) }) else { continue }
            problems.append(
                .warning(
                    .parse, at: TemplateReferences.location(ofVariable: name, in: source),
                    "'\(name)' is no value sitegen gives templates, so it renders as nothing\(Suggestion.didYouMean(unknown, in: ContextKeys.all)); README lists the values of each page"
                ))
        }
        return problems
    }
}
