/// The tables by path and by briefing that the cross-reference builder fills from every
/// briefing's scan, on one core while the entities' order is made on another.
extension CrossReferenceBuilder {
    /// Every file's wiki-links (node → entity page) and labels, and each briefing's automatic
    /// links, by path.
    struct ByPath: Sendable {
        var wikiLinks: [String: [Int: String]]
        var wikiLabels: [String: [Int: String]]
        var autoLinks: [String: [AutoLink]]

        init(briefings: [Briefing], scans: [MentionScanner.Result], others: [(path: String, scan: MentionScanner.Result)]) {
            wikiLinks = .init(minimumCapacity: briefings.count + others.count)
            wikiLabels = .init(minimumCapacity: briefings.count + others.count)
            autoLinks = .init(minimumCapacity: briefings.count)
            for position in briefings.indices {
                wikiLinks[briefings[position].path] = scans[position].wikiLinks
                wikiLabels[briefings[position].path] = scans[position].wikiLabels
                autoLinks[briefings[position].path] = scans[position].autoLinks
            }
            for other in others {
                wikiLinks[other.path] = other.scan.wikiLinks
                wikiLabels[other.path] = other.scan.wikiLabels
            }
        }
    }

    /// Each briefing's scan (by path) and its mentions (by id).
    struct ByBriefing: Sendable {
        var mentions: [String: [Mention]]
        var scans: [String: MentionScanner.Result]

        init(briefings: [Briefing], scans: [MentionScanner.Result], named: [Named]) {
            mentions = .init(minimumCapacity: briefings.count)
            self.scans = .init(minimumCapacity: briefings.count)
            for position in briefings.indices {
                mentions[briefings[position].id] = named[position].mentions
                self.scans[briefings[position].path] = scans[position]
            }
            assert(self.scans.count == briefings.count, "two briefings at one path")
        }
    }
}
