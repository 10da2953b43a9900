import Testing

@testable import SiteGenCore

@Suite struct NameMatcherTests {
    func found(_ names: [String], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return NameMatcher(names: names).matches(in: bytes).map {
            String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) + "@\($0.start)"
        }
    }

    @Test func findsEveryOccurrenceOfEveryNameInOnePass() {
        #expect(found(["he", "she", "his", "hers"], in: "ushers") == ["she@1", "he@2", "hers@2"])
        #expect(
            found(["EU", "European Union", "Union"], in: "the European Union and the EU") == ["European Union@4", "Union@13", "EU@27"])
    }

    @Test func handlesNamesThatArePrefixesAndSuffixesOfEachOther() {
        #expect(found(["a", "aa", "aaa"], in: "aaaa").count == 9)
        #expect(found(["Kyiv", "Kyiv’s"], in: "Kyiv’s") == ["Kyiv@0", "Kyiv’s@0"])
    }

    @Test func noNamesNoMatches() {
        #expect(found([], in: "anything").isEmpty)
        #expect(found(["x"], in: "").isEmpty)
    }
}
