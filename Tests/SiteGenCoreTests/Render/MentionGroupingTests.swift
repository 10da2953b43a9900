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

    /// An entity's mentions in each theme: each mention counts once in each of its briefing's
    /// themes (a theme listed twice counts once); an entity named nowhere has no entry, and one
    /// named only in briefings without themes has an empty one.
    @Test func themeCountsAddEachMentionToItsBriefingsThemes() {
        // Briefings a, b, c, d; entities e (slot 0), f (slot 1), g (slot 2, named nowhere).
        let slots = [[0, 0], [0, 1], [0, 0, 0], [1]]
        let themes = [["x"], ["x", "y", "x"], ["y"], []]
        let counts = CrossReferenceBuilder.themeCounts(slots: slots, themes: themes, entities: ["e", "f", "g"])
        #expect(counts == ["e": ["x": 3, "y": 4], "f": ["x": 1, "y": 1]])
        #expect(CrossReferenceBuilder.themeCounts(slots: [[1]], themes: [[]], entities: ["e", "f"]) == ["f": [:]])
    }
}
