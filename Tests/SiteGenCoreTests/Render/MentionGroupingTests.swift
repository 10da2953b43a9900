import Testing

@testable import SiteGenCore

/// Entity pages group an entity's mentions by briefing, in site order: the index keeps each
/// briefing's mentions together, so a group is a run.
@Suite struct MentionGroupingTests {
    @Test func eachRunOfABriefingIsAGroup() {
        let mentions = ["a", "a", "b", "c", "c", "c", "d"].map { Mention(entity: "e", briefing: $0, kind: .text) }
        let groups = ContextBuilder.grouped(mentions)
        #expect(groups.map(\.0) == ["a", "b", "c", "d"])
        #expect(groups.map(\.1) == [0..<2, 2..<3, 3..<6, 6..<7])
        #expect(ContextBuilder.grouped([]).isEmpty)
        #expect(ContextBuilder.grouped([mentions[0]]).map(\.1) == [0..<1])
    }

    @Test func theIndexListsTheFirstBriefingsAndCountsThemAll() {
        let mentions = ["a", "a", "b", "c", "c", "d"].map { Mention(entity: "e", briefing: $0, kind: .text) }
        let (first, all) = ContextBuilder.briefings(naming: mentions, keeping: 2)
        #expect(first == ["a", "b"])
        #expect(all == 4)
    }
}
