import Testing

@testable import SiteGenCore

/// Entity pages, their layout, the theme counts and the index group an entity's mentions by
/// briefing, in site order: the index keeps each briefing's mentions together, so a group is a
/// run (`briefingRuns`).
@Suite struct MentionGroupingTests {
    @Test func eachRunOfABriefingIsAGroup() {
        let mentions = ["a", "a", "b", "c", "c", "c", "d"].map { Mention(entity: "e", briefing: $0, kind: .text) }
        let groups = mentions.briefingRuns()
        #expect(groups.map(\.briefing) == ["a", "b", "c", "d"])
        #expect(groups.map(\.range) == [0..<2, 2..<3, 3..<6, 6..<7])
        #expect([Mention]().briefingRuns().isEmpty)
        #expect([mentions[0]].briefingRuns().map(\.range) == [0..<1])
    }

    @Test func theIndexListsTheFirstBriefingsAndCountsThemAll() {
        let mentions = ["a", "a", "b", "c", "c", "d"].map { Mention(entity: "e", briefing: $0, kind: .text) }
        let (first, all) = ContextBuilder.briefings(naming: mentions, keeping: 2)
        #expect(first == ["a", "b"])
        #expect(all == 4)
    }

    /// An entity's mentions in each theme: a briefing's run counts once per mention, in each of
    /// its themes.
    @Test func themeCountsAddEachRunToItsBriefingsThemes() {
        let mentions = ["a", "a", "b", "c", "c", "c"].map { Mention(entity: "e", briefing: $0, kind: .text) }
        let themes: [String: Set<String>] = ["a": ["x"], "b": ["x", "y"], "c": ["y"]]
        #expect(CrossReferenceBuilder.themeCounts(of: mentions) { themes[$0] ?? [] } == ["x": 3, "y": 4])
    }
}
