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

@Suite struct NameMatcherDifferentialTests {
    /// Every occurrence, found by trying every name at every offset.
    static func naive(_ names: [String], in text: [UInt8]) -> Set<NameMatcher.Match> {
        var found: Set<NameMatcher.Match> = []
        for (index, name) in names.enumerated() where !name.isEmpty {
            let bytes = Array(name.utf8)
            for start in text.indices where text[start...].starts(with: bytes) {
                found.insert(NameMatcher.Match(start: start, end: start + bytes.count, name: index))
            }
        }
        return found
    }

    /// Names and texts over a small alphabet (with a multi-byte letter), so that names overlap,
    /// nest and share prefixes and suffixes often.
    @Test(arguments: 0..<40) func findsWhatTryingEveryOffsetFinds(seed: UInt64) {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let letters = ["a", "b", "c", "’", " "]
        func word(_ length: Int) -> String { (0..<length).map { _ in letters[random(letters.count)] }.joined() }
        let names = (0..<(1 + random(12))).map { _ in word(1 + random(5)) }
        let text = Array(word(random(80)).utf8)
        let matcher = NameMatcher(names: names)
        let matches = matcher.matches(in: text)
        #expect(matcher.hasTable)
        #expect(Set(matches) == Self.naive(names, in: text), "names \(names), text \(String(decoding: text, as: UTF8.self))")
        // Without the table (a site with too many names for one), the same matches in the same order.
        let trieOnly = NameMatcher(names: names, tableCellLimit: 0)
        #expect(!trieOnly.hasTable)
        #expect(trieOnly.matches(in: text) == matches)
        #expect(matches.count == Set(matches).count || names.count != Set(names).count)
        #expect(matches.map(\.end) == matches.map(\.end).sorted())
    }
}
