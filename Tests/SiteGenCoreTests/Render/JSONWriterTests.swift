import Foundation
import Testing

@testable import SiteGenCore

@Suite struct JSONWriterTests {
    func document(_ json: inout JSONWriter) {
        json.beginArray()
        for number in 0..<40_000 {
            json.beginObject()
            json.key("text")
            json.string("entry \(number) with <escapes> & \"quotes\"\n")
            json.endObject()
        }
        json.endArray()
        json.finish()
    }

    /// A streamed document arrives in pieces of about a megabyte that make the same bytes as the
    /// document held whole.
    @Test func streamingHandsOnTheSameBytesInPieces() {
        var whole = JSONWriter()
        document(&whole)
        var pieces: [[UInt8]] = []
        var streamed = JSONWriter(streamingTo: { pieces.append($0) })
        document(&streamed)
        #expect(whole.bytes.count > 2 << 20)
        #expect(pieces.count >= 2)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 20 && $0.count < (1 << 20) + 200 })
        #expect(Array(pieces.joined()) == whole.bytes)
        #expect(streamed.bytes.isEmpty)
    }

    /// Text is copied in runs between the bytes that need an escape: escapes at the start, the
    /// end, side by side and between multi-byte characters, and text with none, all read back
    /// as they were, with no <, > or & left bare.
    @Test(arguments: [
        "", "plain", "<", "<start", "end>", "a<>&b", "\"\\\n\r\t", "\u{1}\u{1f}", "Київ <&> café", "😀&😀", "line\nbreak",
        "abc<>&&\"\\de", "12345678<<<<>>>>&&&&12345678", "\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{1f}",
    ])
    func stringsReadBackAsWritten(_ text: String) throws {
        var json = JSONWriter()
        json.beginArray()
        json.string(text)
        json.endArray()
        let written = String(decoding: json.bytes, as: UTF8.self)
        #expect(!written.contains("<") && !written.contains(">") && !written.contains("&"))
        let read = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String]
        #expect(read == [text])
    }

    /// Text is tested eight bytes at a time: each byte that needs an escape, at every place of
    /// texts of every length around a word, is escaped and reads back as written.
    @Test(arguments: ["\"", "\\", "<", ">", "&", "\n", "\u{1}", "\u{1f}"])
    func eachEscapeIsFoundAtEveryPlace(_ special: String) throws {
        for length in 1...24 {
            for place in 0..<length {
                let text = String(repeating: "a", count: place) + special + String(repeating: "b", count: length - place - 1)
                var json = JSONWriter()
                json.string(text)
                let written = String(decoding: json.bytes, as: UTF8.self)
                #expect(written.utf8.count > text.utf8.count + 2, "\(text.debugDescription) was not escaped")
                #expect(!written.contains("<") && !written.contains(">") && !written.contains("&"))
                let read = try JSONSerialization.jsonObject(with: Data(json.bytes), options: .fragmentsAllowed) as? String
                #expect(read == text)
            }
        }
    }

    /// Bytes next to the escaped ones — a space, `/`, DEL, and the bytes of `é` and `ї` — are
    /// copied as they are, whole words and single bytes alike.
    @Test func textWithoutEscapesIsCopiedAsItIs() {
        for length in 0...24 {
            let text = String(" /\u{7f}éї?=0Az".prefix(length % 9) + String(repeating: "x", count: length))
            var json = JSONWriter()
            json.string(text)
            #expect(json.bytes == Array(("\"" + text + "\"").utf8))
        }
    }
}
