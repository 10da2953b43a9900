import Foundation

/// The site's sources and where each is cited: built by the index stage, which checks that
/// every `[@id]` names a source.
public struct CitationIndex: Sendable {
    /// Every source, A–Z by title.
    public private(set) var sources: [Source]
    /// For each source id, the places it is cited, in site order.
    public private(set) var places: [String: [CitationPlace]]
    private var positions: [String: Int]

    public static let empty = CitationIndex(sources: [], places: [:])

    init(sources: [Source], places: [String: [CitationPlace]], collation: Collation = Collation(language: "en")) {
        self.sources = sources.sorted { collation.precedes(($0.title, $0.id), ($1.title, $1.id)) }
        self.places = places
        positions = Dictionary(uniqueKeysWithValues: self.sources.enumerated().map { ($1.id, $0) })
    }

    public func source(_ id: String) -> Source? { positions[id].map { sources[$0] } }

    /// Checks the citations of `briefings` (published, in site order) against `sources` and
    /// notes where each source is cited. An id that names no source is an error at its `@`; one
    /// that names a source file that did not parse is left to that file's own error.
    static func build(
        sources: [Source], briefings: [Briefing], unparsed: Set<String>, requireCitations: Bool = false,
        collation: Collation = Collation(language: "en"), diagnostics: inout [Diagnostic]
    ) -> CitationIndex {
        let known = Set(sources.map(\.id))
        let broken = Set(unparsed.compactMap { ContentPath.id(of: $0, kind: .source) })
        var places: [String: [CitationPlace]] = [:]
        // In place, without a copy's retain and release.
        briefings.withUnsafeBufferPointer { briefings in
            for position in briefings.indices {
                if let problem = uncited(briefings[position], siteHasSources: !sources.isEmpty, required: requireCitations) {
                    diagnostics.append(problem)
                }
                guard !briefings[position].body.citations.isEmpty else { continue }
                diagnostics += check(briefings[position].body.citations, known: known, broken: broken)
                for (id, found) in Self.places(in: briefings[position]) { places[id, default: []] += found }
            }
        }
        return CitationIndex(sources: sources, places: places, collation: collation)
    }

    /// A briefing that cites nothing, on a site that has sources (or requires citations): a
    /// warning, or an error with `require_citations: true`.
    static func uncited(_ briefing: Briefing, siteHasSources: Bool, required: Bool) -> Diagnostic? {
        guard briefing.body.citations.isEmpty, siteHasSources || required else { return nil }
        let message = "briefing '\(briefing.id)' cites no source: cite what it draws on with [@id] (a file of content/sources/)"
        let at = SourceLocation(path: briefing.path)
        return required
            ? .error(.index, at: at, message + ", as require_citations in site.yml asks")
            : .warning(.index, at: at, message)
    }

    /// Sources last read longer ago than `days` before `today`: for `sitegen check`.
    public static func stale(_ sources: [Source], days: Int, today: ContentDate) -> [Diagnostic] {
        sources.compactMap { source in
            guard let accessed = source.accessed, today.instant - accessed.instant > days * 86_400 else { return nil }
            let age = (today.instant - accessed.instant) / 86_400
            return .warning(
                .index, at: source.accessedLocation ?? SourceLocation(path: source.path),
                "source '\(source.id)' was last accessed \(age) days ago (\(accessed)), more than stale_after_days (\(days)): check it is still there and says the same, then update 'accessed'"
            )
        }
    }

    static func check(_ citations: [Citation], known: Set<String>, broken: Set<String>) -> [Diagnostic] {
        citations.flatMap(\.keys).filter { !known.contains($0.id) && !broken.contains($0.id) }.map { key in
            .error(
                .index, at: key.location,
                "unknown source '\(key.id)'\(Suggestion.didYouMean(key.id, in: known)): a citation names a file of content/sources/ by its id"
            )
        }
    }

    /// The places a briefing cites each source, by source id.
    static func places(in briefing: Briefing) -> [String: [CitationPlace]] {
        let body = briefing.body, document = body.document
        let numbers = CitationNumbers(body.citations)
        let citationAt = Dictionary(uniqueKeysWithValues: body.citations.enumerated().map { ($1.node, $0) })
        let headingAt = Dictionary(uniqueKeysWithValues: body.headings.map { ($0.node, $0) })
        var places: [String: [CitationPlace]] = [:]
        var section: Heading?
        // Each block's text, and where in it each mark is, for the sentence around the mark.
        var blockText: [UInt8] = []
        var pending: [(offset: Int, citation: Int)] = []
        func flush() {
            for (offset, position) in pending {
                let snippet = Snippets.sentence(around: offset..<offset, in: blockText)
                let text = (snippet.before + snippet.after).trimmingCharacters(in: .whitespaces)
                for (key, mark) in zip(body.citations[position].keys, numbers.marks[position]) {
                    places[key.id, default: []].append(
                        CitationPlace(briefing: briefing.id, mark: mark, locator: key.locator, section: section, text: text))
                }
            }
            pending.removeAll()
            blockText.removeAll()
        }
        for event in document.walk() {
            let kind = document.kinds[event.index]
            if MarkdownDocument.isBlock(kind) {
                flush()
                if event.entering, let heading = headingAt[event.index] { section = heading }
                continue
            }
            guard event.entering else { continue }
            switch kind {
            case .text(let literal), .code(let literal): blockText += literal.utf8
            case .softBreak, .lineBreak: blockText.append(UInt8(ascii: " "))
            case .customInline: if let position = citationAt[event.index] { pending.append((blockText.count, position)) }
            case .codeBlock, .htmlBlock, .thematicBreak: flush()
            default: break
            }
        }
        flush()
        return places
    }

    /// The same index with one briefing's citations as they are now (`briefing`), in site
    /// order among the others (`order`: briefing id → position).
    mutating func replace(_ briefing: Briefing, order: (String) -> Int) {
        for (id, list) in places where list.contains(where: { $0.briefing == briefing.id }) {
            places[id] = list.filter { $0.briefing != briefing.id }
        }
        for (id, found) in Self.places(in: briefing) {
            var list = places[id] ?? []
            let at = list.firstIndex { order($0.briefing) > order(briefing.id) } ?? list.count
            list.insert(contentsOf: found, at: at)
            places[id] = list
        }
        places = places.filter { !$0.value.isEmpty }
    }
}
