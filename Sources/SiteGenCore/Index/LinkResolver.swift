/// Resolves links between content files (`[text](other.md#part)`) to page paths, reporting a
/// missing file, a draft or a missing `#fragment` at the link's place.
struct LinkResolver {
    private struct Target {
        var kind: ContentKind
        var id: String
        var body: MarkdownBody
        var isPublished: Bool
    }

    private let targets: [String: Target]
    private let unparsed: Set<String>

    init(briefings: [Briefing], published: Set<String>, themes: [Theme], unparsed: Set<String>) {
        self.unparsed = unparsed
        var targets: [String: Target] = [:]
        for briefing in briefings {
            targets[briefing.path] = Target(
                kind: .briefing, id: briefing.id, body: briefing.body, isPublished: published.contains(briefing.id))
        }
        for theme in themes {
            targets[theme.path] = Target(kind: .theme, id: theme.id, body: theme.body, isPublished: true)
        }
        self.targets = targets
    }

    /// The resolved links of one body (node → page path with fragment), and the ids of the
    /// briefings it links to.
    mutating func resolve(_ body: MarkdownBody, from source: String, diagnostics: inout [Diagnostic]) -> ([Int: String], [String]) {
        var resolved: [Int: String] = [:]
        var briefings: [String] = []
        for link in body.links {
            let (path, fragment) = ContentLinkTarget.split(link.destination)
            if let targetPath = ContentLinkTarget.resolve(path, from: source), unparsed.contains(targetPath) { continue }
            guard let targetPath = ContentLinkTarget.resolve(path, from: source), let target = targets[targetPath] else {
                let name = path.split(separator: "/").last.map(String.init) ?? path
                let known = targets.keys.compactMap { $0.split(separator: "/").last.map(String.init) }
                diagnostics.append(
                    .error(
                        .index, at: link.location,
                        "link to '\(link.destination)': no such content file\(Suggestion.didYouMean(name, in: known))"))
                continue
            }
            guard target.isPublished else {
                diagnostics.append(
                    .error(.index, at: link.location, "link to '\(link.destination)', a draft, which is left out without --drafts"))
                continue
            }
            var href = SitePaths.page(of: target.kind, id: target.id)
            if let fragment, !fragment.isEmpty {
                guard target.body.hasAnchor(fragment) else {
                    let anchors = target.body.headings.map(\.anchor)
                    diagnostics.append(
                        .error(
                            .index, at: link.location,
                            "link to '\(link.destination)': \(targetPath) has no heading with anchor '#\(fragment)'\(Suggestion.didYouMean(fragment, in: anchors))"
                        ))
                    continue
                }
                href += "#" + fragment
            }
            resolved[link.node] = href
            if target.kind == .briefing { briefings.append(target.id) }
        }
        return (resolved, briefings)
    }
}
