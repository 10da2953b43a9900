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
}
