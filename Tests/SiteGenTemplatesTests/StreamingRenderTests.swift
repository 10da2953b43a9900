import SiteGenTemplates
import Synchronization
import Testing

/// A page rendered as a stream (the book) comes out as the same bytes as one rendered whole,
/// a piece at a time, with the items of its lazy lists made only as they are reached.
@Suite struct StreamingRenderTests {
    static let templates = [
        TemplateSource(
            name: "t", path: "t.mustache",
            text: "<h1>{{title}}</h1>\n{{#items}}\n<p>{{n}}: {{text}}</p>\n{{/items}}\n{{^items}}none{{/items}}\n")
    ]

    func library() -> TemplateLibrary {
        TemplateLibrary.compile(Self.templates).0
    }

    func item(_ n: Int) -> TemplateValue {
        .object(TemplateObject(["n": .int(n), "text": .string(String(repeating: "x<", count: n % 7))]))
    }

    func context(_ items: TemplateValue) -> TemplateValue {
        .object(TemplateObject(["title": "Book & co", "items": items]))
    }

    @Test func aLazyListRendersAsTheListOfItsItems() throws {
        let whole = try library().render("t", context: context(.list((0..<50).map(item))))
        let lazy = try library().render("t", context: context(.lazyList(LazyList(count: 50) { item($0) })))
        #expect(lazy == whole)
        #expect(whole.map { String(decoding: $0, as: UTF8.self) }?.contains("<p>48: x&lt;x&lt;x&lt;x&lt;x&lt;x&lt;</p>") == true)
        let empty = try library().renderString("t", context: context(.lazyList(LazyList(count: 0) { _ in .null })))
        #expect(empty == "<h1>Book &amp; co</h1>\nnone\n")
    }

    @Test func aStreamedPageComesInPiecesAsItsItemsAreMade() throws {
        let made = Counter()
        let lazy = context(
            .lazyList(
                LazyList(count: 400) { n in
                    made.count.add(1, ordering: .relaxed)
                    return item(n)
                }))
        var pieces: [(bytes: [UInt8], itemsMade: Int)] = []
        let found = try library().render("t", context: lazy, chunk: 256) {
            pieces.append((Array($0), made.count.load(ordering: .relaxed)))
        }
        #expect(found)
        let whole = try library().render("t", context: context(.list((0..<400).map(item))))
        #expect(pieces.flatMap(\.bytes) == whole)
        #expect(pieces.count > 10)
        // Every piece but the last is at least a chunk, and each was handed over before the list ended.
        #expect(pieces.dropLast().allSatisfy { $0.bytes.count >= 256 })
        #expect(pieces.dropLast().allSatisfy { $0.itemsMade < 400 })
        #expect(try !library().render("missing", context: lazy) { _ in })
    }
}

private final class Counter: Sendable {
    let count = Atomic<Int>(0)
}
