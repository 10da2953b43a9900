/// Includes that would render without end: a template that includes itself, directly or through
/// others, with no section or block in between (which the data or a caller could turn off, as
/// in a recursive partial over a tree).
enum IncludeCycles {
    struct Edge {
        let target: Int
        let at: TemplateLocation
    }

    static func find(in templates: [CompiledTemplate]) -> [TemplateDiagnostic] {
        let edges = templates.map { unguardedEdges(in: $0.nodes) }
        var problems: [TemplateDiagnostic] = []
        var reported: Set<[Int]> = []
        for start in templates.indices {
            // Depth-first from `start`, without recursion: an edge back to `start` closes a cycle.
            var stack: [(node: Int, path: [Int])] = [(start, [start])]
            var seen: Set<Int> = [start]
            while let (node, path) = stack.popLast() {
                for edge in edges[node] {
                    if edge.target == start {
                        guard reported.insert(Set(path).sorted()).inserted else { continue }
                        let names = (path + [start]).map { templates[$0].name }
                        let how = path.count == 1 ? "includes itself" : "includes itself through \(names.joined(separator: " → "))"
                        problems.append(
                            .error(
                                edge.at,
                                "template '\(templates[start].name)' \(how); a template may not include itself, directly or not, unless a section that can be empty stands between, since it would render without end"
                            ))
                    } else if seen.insert(edge.target).inserted {
                        stack.append((edge.target, path + [edge.target]))
                    }
                }
            }
        }
        return problems
    }

    private static func unguardedEdges(in nodes: [TemplateNode]) -> [Edge] {
        nodes.compactMap { node in
            switch node {
            case .partial(.resolved(let target, _), _, let at), .parent(.resolved(let target, _), _, _, let at):
                Edge(target: target, at: at)
            default: nil
            }
        }
    }
}
