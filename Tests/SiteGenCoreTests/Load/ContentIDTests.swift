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
    }
}
