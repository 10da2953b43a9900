/// How a briefing's page numbers its citations: each source by its first citation in the text,
/// and each citation of a source counted, so that every mark has an anchor of its own
/// (`cite_2_1`) and the list of sources links back to each (`source_2`). Anchors hold `_`, which
/// no heading's anchor does.
public struct CitationNumbers: Sendable, Hashable {
    /// Source ids in the order of their numbers: the first is number 1.
    public let sources: [String]
    /// For each citation of the body and each of its keys, in order: the source's number and
    /// which of its citations this is (from 1).
    public let marks: [[Mark]]

    public struct Mark: Sendable, Hashable {
        public var number: Int
        public var occurrence: Int
    }

    public init(_ citations: [Citation]) {
        var numbers: [String: Int] = [:]
        var counts: [Int: Int] = [:]
        var order: [String] = []
        marks = citations.map { citation in
            citation.keys.map { key in
                let number =
                    numbers[key.id]
                    ?? {
                        order.append(key.id)
                        numbers[key.id] = order.count
                        return order.count
                    }()
                counts[number, default: 0] += 1
                return Mark(number: number, occurrence: counts[number]!)
            }
        }
        sources = order
    }

    public static func sourceAnchor(_ number: Int) -> String { "source_\(number)" }
    public static func citationAnchor(_ mark: Mark) -> String { "cite_\(mark.number)_\(mark.occurrence)" }
}
