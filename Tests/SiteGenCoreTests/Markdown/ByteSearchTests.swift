import Foundation
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

    @Test func searchesFromAnyOffsetToTheEnd() {
        let text = Array("[a[[b".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect((0...bytes.count).map { ByteSearch.first(UInt8(ascii: "["), in: bytes, from: $0) } == [0, 2, 2, 3, nil, nil])
            #expect(
                (0...bytes.count).map { ByteSearch.first(UInt8(ascii: "["), then: UInt8(ascii: "["), in: bytes, from: $0) }
                    == [2, 2, 2, nil, nil, nil])
        }
        [UInt8]().withUnsafeBufferPointer { #expect(ByteSearch.first(0x20, in: $0, from: 0) == nil) }
    }

    /// A wiki-link's target is trimmed on the bytes; the oracle is Foundation's trim of
    /// `.whitespaces`, over ends made of ASCII and Unicode spaces, marks and other characters.
    @Test func trimsAWikiLinkTargetAsFoundationDoes() {
        let ends = ["", " ", "\t", "\u{A0}", "\u{3000}", "\u{200B}", "\u{301}", "a", "é", "😀"]
        for left in ends {
            for right in ends {
                for inner in ["x", "é", " x ", "\u{301}x"] {
                    let written = left + inner + right
                    let trimmed = written.trimmingCharacters(in: .whitespaces)
                    let pieces = WikiLinkParser.split("[[\(written)]]")
                    let target: String? = if case .link(let target, _, _) = pieces.first { target } else { nil }
                    #expect(target == (trimmed.isEmpty ? nil : trimmed), "\(written.debugDescription)")
                }
            }
        }
    }
}
