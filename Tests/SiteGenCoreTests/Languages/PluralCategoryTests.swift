import Testing

@testable import SiteGenCore

@Suite struct PluralCategoryTests {
    @Test func ukrainianHasOneFewAndMany() {
        let expected: [(Int, PluralCategory)] = [
            (0, .many), (1, .one), (2, .few), (4, .few), (5, .many), (11, .many), (12, .many), (14, .many), (21, .one), (22, .few),
            (25, .many), (101, .one), (111, .many), (112, .many), (1_002, .few),
        ]
        for (number, category) in expected { #expect(PluralCategory.of(number, language: "uk") == category, "\(number)") }
    }

    @Test func frenchTakesTheSingularForZeroAndOne() {
        #expect(PluralCategory.of(0, language: "fr") == .one)
        #expect(PluralCategory.of(1, language: "fr-CA") == .one)
        #expect(PluralCategory.of(2, language: "fr") == .other)
    }

    @Test func englishAndUnknownLanguagesTakeOneForOneOnly() {
        #expect(PluralCategory.of(0, language: "en") == .other)
        #expect(PluralCategory.of(1, language: "en-GB") == .one)
        #expect(PluralCategory.of(1, language: "xx") == .one)
        #expect(PluralCategory.of(21, language: "en") == .other)
    }

    @Test func theFormsALanguageNeeds() {
        #expect(PluralCategory.used(by: "uk") == [.one, .few, .many])
        #expect(PluralCategory.used(by: "en") == [.one, .other])
    }
}
