import Testing

@testable import SiteGenCore

/// Entity pages group mentions by briefing in the order of first appearance, whether or not a
/// briefing's mentions come together.
@Suite struct MentionGroupingTests {
    @Test func groupsRunsAndBriefingsThatComeBack() {
        let mentions = ["a", "a", "b", "a", "c", "c"].map { Mention(entity: "e", briefing: $0, kind: .text) }
        let groups = ContextBuilder.grouped(mentions)
        #expect(groups.map(\.0) == ["a", "b", "c"])
        #expect(groups.map(\.1) == [[0, 1, 3], [2], [4, 5]])
        #expect(ContextBuilder.grouped([]).isEmpty)
    }
}
