import Testing

@testable import SiteGenCore

@Suite struct ContentIDTests {
    @Test(arguments: ["core-aim", "a", "next-steps-2", "2026"])
    func validIDs(_ id: String) {
        #expect(ContentID.isValid(id))
    }

    @Test(arguments: ["", "Core-Aim", "core aim", "-x", "x-", "../x", "a/b", "a_b", "é", "x.y"])
    func invalidIDs(_ id: String) {
        #expect(!ContentID.isValid(id))
    }

    @Test func suggestsAValidID() {
        #expect(ContentID.suggestion(for: "Core Aim (draft)") == "core-aim-draft")
        #expect(ContentID.suggestion(for: "!!!") == "page")
        #expect(ContentID.suggestion(for: "Café Économie") == "cafe-economie")
        // Apostrophes join the word rather than split it; other scripts are written in Latin letters.
        #expect(ContentID.suggestion(for: "Who’s at the table? Kyiv's view") == "whos-at-the-table-kyivs-view")
        #expect(ContentID.suggestion(for: "Гарантії безпеки для України") == "garantii-bezpeki-dla-ukraini")
        #expect(ContentID.isValid(ContentID.suggestion(for: "Гарантії безпеки для України")))
    }

    @Test(arguments: ["Гарантії", "Élysée — «Paris»", "Who’s", "日本語", "Ελλάδα", "a--b", "  spaced  "])
    func everySuggestionIsAValidID(_ text: String) {
        #expect(ContentID.isValid(ContentID.suggestion(for: text)))
    }
}
