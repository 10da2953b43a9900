import Testing

@testable import SiteGenTemplates

/// "Did you mean …?": the closest plausible candidate, the same whatever order candidates come in.
@Suite struct NameSuggestionTests {
    @Test func suggestsTheClosestAndTheFirstInSortedOrderAmongEquals() {
        #expect(NameSuggestion.closest(to: "titel", in: ["summary", "title", "titles"]) == "title")
        for order in [["titlf", "titla", "titlz"], ["titlz", "titla", "titlf"], ["titla", "titlz", "titlf"]] {
            #expect(NameSuggestion.closest(to: "title", in: order) == "titla", "\(order)")
        }
        #expect(NameSuggestion.closest(to: "title", in: ["title"]) == nil)
        #expect(NameSuggestion.closest(to: "briefing-8.md", in: ["briefing-0.md", "briefing-18.md"]) == "briefing-0.md")
    }

    /// A candidate far longer or shorter than the word is out of reach, however it is spelt.
    @Test func lengthAloneRulesOutFarCandidates() {
        #expect(NameSuggestion.closest(to: "core-aim", in: ["core-aim-and-everything-else", "c"]) == nil)
        #expect(NameSuggestion.closest(to: "core-aim", in: ["core-aims", "core-ai"]) == "core-ai")
    }
}
