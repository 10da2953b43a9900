import Testing

@testable import SiteGenCore

@Suite struct TextDecoderTests {
    @Test func stripsByteOrderMarkAndCarriageReturns() throws {
        let file = RawFile(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\rthree\r\n".utf8))
        #expect(try TextDecoder.decode(file).get() == "one\ntwo\rthree\n")
    }

    @Test func reportsInvalidUTF8WithLineColumnAndOffset() {
        let file = RawFile(path: "content/briefings/x.md", bytes: Array("ab\ncd".utf8) + [0xFF] + Array("e".utf8))
        guard case .failure(let diagnostic) = TextDecoder.decode(file) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(
            diagnostic.description == "content/briefings/x.md:2:3: error: file is not valid UTF-8: byte 0xFF at offset 5; save it as UTF-8")
        #expect(diagnostic.stage == .load)
    }

    @Test func rejectsLatin1() {
        // "café" in Latin-1: é is the lone byte 0xE9.
        let file = RawFile(path: "x.md", bytes: [0x63, 0x61, 0x66, 0xE9])
        guard case .failure(let diagnostic) = TextDecoder.decode(file) else {
            Issue.record("Latin-1 was accepted")
            return
        }
        #expect(diagnostic.message.contains("0xE9 at offset 3"))
    }

    @Test func rejectsUTF16() {
        let file = RawFile(path: "x.md", bytes: [0xFF, 0xFE, 0x2D, 0x00])
        guard case .failure(let diagnostic) = TextDecoder.decode(file) else {
            Issue.record("UTF-16 was accepted")
            return
        }
        #expect(diagnostic.message == "file is UTF-16; save it as UTF-8")
    }
}
