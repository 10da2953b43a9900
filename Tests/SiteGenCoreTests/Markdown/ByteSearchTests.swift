import Testing

@testable import SiteGenCore

/// `ByteSearch` (memchr) against a plain loop over the bytes, on texts built to put the bytes at
/// the edges: first, last, doubled, split by a multi-byte character.
@Suite struct ByteSearchTests {
    static let texts: [String] = {
        let parts = ["", "[", "[[", "@", "x", "\n", "é", "Київ", "]", "[@"]
        var texts = parts
        for a in parts { for b in parts { for c in parts { texts.append(a + b + c) } } }
        return texts
    }()

    @Test func findsAPairOfBytesWhereALoopDoes() {
        for text in Self.texts {
            let bytes = Array(text.utf8)
            for (first, second) in [("[", "["), ("[", "@")] {
                let (a, b) = (UInt8(ascii: Unicode.Scalar(first)!), UInt8(ascii: Unicode.Scalar(second)!))
                let loop = bytes.indices.dropLast().contains { bytes[$0] == a && bytes[$0 + 1] == b }
                #expect(ByteSearch.contains(a, then: b, in: text) == loop, "\(text.debugDescription) \(first)\(second)")
            }
        }
    }

    @Test func findsEveryLineStartWhereALoopDoes() {
        for text in Self.texts {
            var starts = [0]
            for (offset, byte) in text.utf8.enumerated() where byte == 0x0A { starts.append(offset + 1) }
            if starts.last != text.utf8.count { starts.append(text.utf8.count) }
            #expect(ByteSearch.lineStarts(text) == starts, "\(text.debugDescription)")
        }
    }
}
