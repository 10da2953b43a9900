import SiteGenTemplates

/// Resolves the links and images of Markdown bodies: a relative path to a content file becomes
/// that page's URL, one to a file in `static/` that file's URL, and `#fragments` must name a
/// heading. Anything that would break on the published site is reported at the link's place.
struct LinkResolver {
    private struct Target {
        var kind: ContentKind
        var id: String
        var headings: [Heading]
        var isPublished: Bool
        /// A translation, whose headings' anchors are not the original's.
        var isTranslation = false
    }

    private var targets: [String: Target]
    /// The file names of the targets, for suggestions; made for the first broken link only.
    private let names: LazyValue<NameSuggestion.Candidates>
    private let staticFiles: Set<String>
    private let unparsed: Set<String>
    private let basePath: String
    /// Before the path of a static file: `../` from a language's folder, where the files are not.
    var staticPrefix = ""
    /// In a language's view, the files shown untranslated: their links to a heading of a
    /// translated page lead to its top, since its headings have other anchors.
    var fallbacks: Set<String> = []

    init(
        briefings: [Briefing], published: Set<String>, themes: [Theme], entities: [Entity], sources: [Source] = [],
        staticFiles: Set<String>,
        unparsed: Set<String>, basePath: String
    ) {
        var targets = [String: Target](minimumCapacity: briefings.count + themes.count + entities.count + sources.count)
        func add(_ path: String, _ kind: ContentKind, id: String, headings: [Heading], isPublished: Bool = true) {
            let original = ContentPath.original(of: path)
            targets[original] = Target(kind: kind, id: id, headings: headings, isPublished: isPublished, isTranslation: original != path)
        }
        // By position, without a copy's retain and release.
        for position in briefings.indices {
            let id = briefings[position].id
            add(
                briefings[position].path, .briefing, id: id, headings: briefings[position].body.headings,
                isPublished: published.contains(id))
        }
        for theme in themes { add(theme.path, .theme, id: theme.id, headings: theme.body.headings) }
        for entity in entities { add(entity.path, .entity, id: entity.id, headings: entity.body.headings) }
        for source in sources { add(source.path, .source, id: source.id, headings: source.body.headings) }
        self.targets = targets
        let paths = targets.keys
        names = LazyValue { NameSuggestion.Candidates(paths.map(Self.fileName)) }
        self.staticFiles = staticFiles
        self.unparsed = unparsed
        self.basePath = basePath
    }

    /// The last part of a path (`content/themes/b.md` → `b.md`), as suggestions compare them.
    private static func fileName(_ path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
    }

    /// Takes a briefing's new headings, for links to it from now on.
    mutating func update(_ briefing: Briefing) {
        targets[ContentPath.original(of: briefing.path)]?.headings = briefing.body.headings
    }

    /// The resolved links of one body (node → path below the base URL, with its fragment), and
    /// the ids of the briefings it links to.
    func resolve(_ body: MarkdownBody, from source: String, diagnostics: inout [Diagnostic]) -> ([Int: String], [String]) {
        var resolved: [Int: String] = [:]
        var briefings: [String] = []
        for link in body.links {
            func fail(_ message: String) {
                diagnostics.append(.error(.index, at: link.location, "link to '\(link.destination)': \(message)"))
            }
            switch LinkDestination(link.destination) {
            case .external:
                continue
            case .rootRelative:
                if basePath != "/" && !link.destination.hasPrefix(basePath) {
                    diagnostics.append(
                        .warning(
                            .index, at: link.location,
                            "link to '\(link.destination)' leaves out the base path '\(basePath)'; link to the file instead (a .md file, or a file in \(SiteLayout.staticFiles)/)"
                        ))
                }
            case .sameDocument(let fragment):
                if !fragment.isEmpty, !body.hasAnchor(fragment), !BodyParser.reservedAnchors.contains(fragment) {
                    fail(
                        "no heading on this page has the anchor '#\(fragment)'\(Suggestion.didYouMean(fragment, in: body.headings.map(\.anchor)))"
                    )
                }
            case .relative(let path, let fragment):
                guard let file = LinkDestination.resolve(path, from: source).map(ContentPath.original) else {
                    fail("it leads outside the site folder")
                    continue
                }
                if unparsed.contains(file) { continue }
                if path.hasSuffix(".\(SiteLayout.contentExtension)") {
                    // Looked up once: at 100,000 briefings the table is seldom in the cache.
                    let target = targets[file]
                    let translated = target?.isTranslation == true && fallbacks.contains(source)
                    guard let href = page(target, at: file, fragment: translated ? nil : fragment, fail: fail) else { continue }
                    resolved[link.node] = href
                    if let target, target.kind == .briefing { briefings.append(target.id) }
                } else if let href = staticFile(file, fragment: fragment, fail: fail) {
                    resolved[link.node] = href
                }
            }
        }
        return (resolved, briefings)
    }

    /// The URL of `target`, the file at `file`, or nil when it is missing, a draft, or has no
    /// heading with the anchor `fragment`.
    private func page(_ target: Target?, at file: String, fragment: String?, fail: (String) -> Void) -> String? {
        guard let target else {
            fail("no such content file\(names.value.didYouMean(Self.fileName(file)))")
            return nil
        }
        guard target.isPublished else {
            fail("a draft, which is left out without --drafts")
            return nil
        }
        let href = SitePaths.page(of: target.kind, id: target.id)
        guard let fragment, !fragment.isEmpty else { return href }
        guard target.headings.contains(where: { $0.anchor == fragment }) else {
            let anchors = target.headings.map(\.anchor)
            fail("\(file) has no heading with anchor '#\(fragment)'\(Suggestion.didYouMean(fragment, in: anchors))")
            return nil
        }
        return href + "#" + fragment
    }

    private func staticFile(_ file: String, fragment: String?, fail: (String) -> Void) -> String? {
        let prefix = SiteLayout.staticFiles + "/"
        guard file.hasPrefix(prefix) else {
            fail("a relative link must lead to a .md file in \(SiteLayout.content)/ or to a file in \(SiteLayout.staticFiles)/")
            return nil
        }
        guard staticFiles.contains(file) else {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let known = staticFiles.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            fail("no such file in \(SiteLayout.staticFiles)/\(Suggestion.didYouMean(name, in: known))")
            return nil
        }
        return staticPrefix + String(file.dropFirst(prefix.count)) + (fragment.map { "#" + $0 } ?? "")
    }
}
