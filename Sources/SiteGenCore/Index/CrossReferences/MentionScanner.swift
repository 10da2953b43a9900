/// Finds the entities one Markdown body names: its wiki-links, and (for briefings) every
/// whole-word occurrence of a name or alias in its paragraphs and headings, with the sentence
/// around it and the section it is in.
struct MentionScanner {
    let table: EntityTable
    /// Link the first automatic mention of each entity to its page.
    let linkFirstMention: Bool

    struct Result: Sendable {
        var mentions: [Mention] = []
        /// Wiki-link node → path of the entity's page.
        var wikiLinks: [Int: String] = [:]
        /// Wiki-link written `[[id]]` → the entity's name, which it shows.
        var wikiLabels: [Int: String] = [:]
        var autoLinks: [AutoLink] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Scans a body; only a briefing's body (`briefing` set) yields mentions and automatic links.
    func scan(_ body: MarkdownBody, briefing: String?) -> Result {
        var result = Result()
        var wikiEntities: [Int: Int] = [:]
        for link in body.wikiLinks {
            guard let entity = table.resolve(wikiTarget: link.target) else {
                if table.unparsed.contains(link.target.lowercased()) { continue }
                result.diagnostics.append(
                    .error(
                        .index, at: link.location,
                        "wiki-link to unknown entity '\(link.target)'\(Suggestion.didYouMean(link.target, in: table.allTargets))"))
                continue
            }
            wikiEntities[link.node] = entity
            result.wikiLinks[link.node] = SitePaths.entity(table.entities[entity].id)
            if !link.hasLabel, link.target == table.entities[entity].id { result.wikiLabels[link.node] = table.entities[entity].name.value }
        }
        guard let briefing else { return result }
        var linked = Set(wikiEntities.values)
        let headings = Dictionary(uniqueKeysWithValues: body.headings.map { ($0.node, $0) })
        var section: Heading?
        let document = body.document
        for event in document.walk() where event.entering {
            let isHeading: Bool
            switch document.kinds[event.index] {
            case .heading:
                section = headings[event.index]
                isHeading = true
            case .paragraph:
                isHeading = false
            default:
                continue
            }
            let text = BlockText(block: event.index, in: document)
            /// `term` replaces the words of the snippet's term: the name a `[[id]]` link shows.
            func mention(_ entity: Int, _ kind: Mention.Kind, _ range: Range<Int>, term: String? = nil) -> Mention {
                var snippet = Snippets.sentence(around: range, in: text.bytes)
                if let term { snippet.term = term }
                return Mention(
                    entity: table.entities[entity].id, briefing: briefing, kind: kind, anchor: section?.anchor, section: section?.text,
                    snippet: snippet)
            }
            var found: [(range: Range<Int>, mention: Mention)] = []
            for link in Set(text.segments.compactMap(\.link)) {
                guard let entity = wikiEntities[link], let range = text.range(ofLink: link) else { continue }
                found.append((range, mention(entity, .wikiLink, range, term: result.wikiLabels[link])))
            }
            for match in names(in: text) {
                let entity = table.names[match.name].entity
                let range = match.start..<match.end
                found.append((range, mention(entity, .text, range)))
                if linkFirstMention, !isHeading, !linked.contains(entity), let segment = text.textNode(holding: range) {
                    linked.insert(entity)
                    result.autoLinks.append(
                        AutoLink(
                            node: segment.node, start: range.lowerBound - segment.start, end: range.upperBound - segment.start,
                            entity: table.entities[entity].id))
                }
            }
            result.mentions += found.sorted { $0.range.lowerBound < $1.range.lowerBound }.map(\.mention)
        }
        return result
    }

    /// Whole-word matches in the block's scannable text; where matches overlap, the leftmost,
    /// then the longest, wins.
    private func names(in text: BlockText) -> [NameMatcher.Match] {
        guard !text.scannableRuns.isEmpty else { return [] }
        let candidates = table.matcher.matches(in: text.bytes).filter { match in
            text.scannableRuns.contains { $0.lowerBound <= match.start && match.end <= $0.upperBound }
                && text.isWholeWord(match.start..<match.end)
        }.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        var chosen: [NameMatcher.Match] = []
        for match in candidates where match.start >= (chosen.last?.end ?? 0) {
            chosen.append(match)
        }
        return chosen
    }
}

/// A name in a text node that the render stage turns into a link to its entity's page.
public struct AutoLink: Sendable, Hashable {
    public var node: Int
    /// Byte offsets in the text node's literal.
    public var start: Int
    public var end: Int
    public var entity: String
}
