import Testing

@testable import SiteGenCore

/// `Snippets.sentence` cuts on the bytes; the oracle is how it cut before, by `Character`, on
/// texts made of spaces, combining accents, joiners, terminators and words in several scripts.
@Suite struct SnippetsTests {
    /// The sentence around `range`, cut as sitegen cut it by `Character` before the bytes.
    private static func byCharacter(around range: Range<Int>, in bytes: [UInt8]) -> Snippet {
        func isTerminator(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x21 || byte == 0x3F }
        var start = range.lowerBound
        var cutStart = false
        while start > 0 {
            if start >= 2, isTerminator(bytes[start - 2]), bytes[start - 1] == 0x20 { break }
            if range.lowerBound - start >= Snippets.reach {
                cutStart = true
                break
            }
            start -= 1
        }
        var end = range.upperBound
        var cutEnd = false
        while end < bytes.count {
            if isTerminator(bytes[end]), end + 1 == bytes.count || bytes[end + 1] == 0x20 {
                end += 1
                break
            }
            if end - range.upperBound >= Snippets.reach {
                cutEnd = true
                break
            }
            end += 1
        }
        var before = String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)
        var after = String(decoding: bytes[range.upperBound..<end], as: UTF8.self)
        if cutStart, let space = before.firstIndex(of: " ") { before = "…" + before[before.index(after: space)...] }
        if cutEnd, let space = after.lastIndex(of: " ") { after = after[..<space] + "…" }
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
