import Testing

@testable import SiteGenCore

/// "Often mentioned alongside": the five entities named in most of the same briefings, ties to
/// the one first in the index, whichever way the pairs are counted.
@Suite struct CoMentionTests {
    let ids = ["a", "b", "c", "d", "e", "f", "g"]

    @Test(arguments: [0, CrossReferenceBuilder.denseCoMentionLimit])
    func mostSharedBriefingsFirstTiesByIndexOrderAtMostFive(denseLimit: Int) {
        // Briefings by the entities they name (numbers are places in `ids`).
        let named = [[0, 1, 2], [0, 1], [0, 2, 3, 4, 5, 6], [0, 6], [1, 6]]
        let result = CrossReferenceBuilder.coMentions(named, ids: ids, denseLimit: denseLimit)
        #expect(
            result["a"] == [
                CoMention(entity: "b", briefings: 2), CoMention(entity: "c", briefings: 2), CoMention(entity: "g", briefings: 2),
                CoMention(entity: "d", briefings: 1), CoMention(entity: "e", briefings: 1),
            ])
        #expect(
            result["b"] == [
                CoMention(entity: "a", briefings: 2), CoMention(entity: "c", briefings: 1), CoMention(entity: "g", briefings: 1),
            ])
        #expect(result.count == 7)
    }

    @Test func theTableAndTheDictionariesAgreeOnALargerSite() {
        var generator = SystemRandomNumberGenerator()
        let ids = (0..<60).map { "e\($0)" }
        let named = (0..<400).map { _ in
            Array(Set((0..<Int.random(in: 0...8, using: &generator)).map { _ in Int.random(in: 0..<60, using: &generator) }))
        }
        #expect(CrossReferenceBuilder.coMentions(named, ids: ids, denseLimit: 0) == CrossReferenceBuilder.coMentions(named, ids: ids))
    }
}
