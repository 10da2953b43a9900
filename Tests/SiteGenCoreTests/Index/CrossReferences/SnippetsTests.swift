import Testing

@testable import SiteGenCore

/// `Snippets.sentence` cuts on the bytes; the oracle is how it cut before, by `Character`, on
/// texts made of spaces, combining accents, joiners, terminators and words in several scripts.
@Suite struct SnippetsTests {
    /// The sentence around `range`, cut as sitegen cut it by `Character` before the bytes (the
    /// sentence's bounds, which did not change, are `Snippets.bounds`).
    private static func byCharacter(around range: Range<Int>, in bytes: [UInt8]) -> Snippet {
        let bounds = Snippets.bounds(around: range, in: bytes)
        var before = String(decoding: bytes[bounds.start..<range.lowerBound], as: UTF8.self)
        var after = String(decoding: bytes[range.upperBound..<bounds.end], as: UTF8.self)
        if bounds.cutStart, let space = before.firstIndex(of: " ") { before = "…" + before[before.index(after: space)...] }
        if bounds.cutEnd, let space = after.lastIndex(of: " ") { after = after[..<space] + "…" }
        return Snippet(before: String(before.drop { $0 == " " }), term: String(decoding: bytes[range], as: UTF8.self), after: after)
    }

    @Test func cutsWhereCuttingByCharacterDid() {
        let pieces = ["word", "слово", "é", " ", " ", "  ", " \u{301}", "\u{301}", " \u{200D}", ". ", "! ", "😀", "mot\u{301}"]
        var random = SplitMix(seed: 7)
        var compared = 0
        for _ in 0..<400 {
            let count = random.next(120) + 1
            let text = (0..<count).map { _ in pieces[random.next(pieces.count)] }
            let at = random.next(count + 1)
            let before = text[..<at].joined()
            let bytes = Array((before + "NATO" + text[at...].joined()).utf8)
            let term = before.utf8.count..<before.utf8.count + 4
            let expected = Self.byCharacter(around: term, in: bytes)
            #expect(Snippets.sentence(around: term, in: bytes) == expected, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            compared += 1
        }
        #expect(compared == 400)
    }
}
