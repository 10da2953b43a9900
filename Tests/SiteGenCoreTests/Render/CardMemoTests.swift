import Foundation
import SiteGenTemplates
import Synchronization
import Testing

@testable import SiteGenCore

/// The cards that threads share: whoever asks first, every page gets the same card.
@Suite struct CardMemoTests {
    static func card(_ position: Int) -> Card {
        Card(
            CardContext(
                id: "b\(position)", title: "Briefing \(position)", summary: "", url: "/briefings/b\(position)/",
                date: DateContext(iso: "2026-11-27", long: "27 November 2026"), updated: nil, themes: [], draft: false))
    }

    static func entry(_ position: Int) -> CardMemo.Entry {
        CardMemo.Entry(card: card(position), url: "/briefings/b\(position)/", sections: [])
    }

    static func object(_ card: Card) -> ObjectIdentifier? {
        guard case .object(let object) = card.templateValue else { return nil }
        return ObjectIdentifier(object)
    }

    /// A card made by a thread, held weakly: it outlives the race only if the memo kept it.
    final class Made: @unchecked Sendable {
        weak var object: TemplateObject?
        init(_ card: Card) {
            if case .object(let object) = card.templateValue { self.object = object }
        }
    }

    /// Two threads ask for the same empty slot and both make its card at once (each waits inside
    /// `make` until the other is there too): both must get the card stored first, and the card
    /// the other made is freed.
    @Test func twoThreadsThatMakeTheSameCardAtOnceGetTheOneStoredFirst() {
        let slots = 16
        let memo = CardMemo(count: slots)
        for position in 0..<slots {
            let inside = Atomic<Int>(0)
            let got = Mutex<[ObjectIdentifier?]>([])
            let made = Mutex<[Made]>([])
            let threads = (0..<2).map { _ in
                Thread {
                    let card = memo.value(at: position) {
                        inside.add(1, ordering: .sequentiallyConsistent)
                        let deadline = Date().addingTimeInterval(10)
                        while inside.load(ordering: .sequentiallyConsistent) < 2, Date() < deadline { usleep(100) }
                        let entry = Self.entry(position)
                        made.withLock { $0.append(Made(entry.card)) }
                        return entry
                    }.card
                    got.withLock { $0.append(Self.object(card)) }
                }
            }
            threads.forEach { $0.start() }
            while got.withLock({ $0.count }) < 2 { usleep(100) }
            let cards = got.withLock { $0 }
            #expect(inside.load(ordering: .sequentiallyConsistent) == 2, "both threads made card \(position)")
            #expect(cards[0] != nil && cards[0] == cards[1], "card \(position)")
            // And it is the card every later page gets.
            #expect(Self.object(memo.value(at: position) { Self.entry(position) }.card) == cards[0])
            #expect(made.withLock { $0.filter { $0.object != nil }.count } == 1, "the card that lost is freed")
        }
    }

    @Test func aCardIsMadeOnlyWhenItsSlotIsEmpty() {
        let memo = CardMemo(count: 2)
        var made = 0
        for _ in 0..<3 {
            _ = memo.value(at: 1) {
                made += 1
                return Self.entry(1)
            }
        }
        #expect(made == 1)
    }

    /// The memo holds its cards while it lives and lets them go with it: a card no page keeps is
    /// freed when the build's memo is (the preview makes a memo per rebuild).
    @Test func theMemoLetsItsCardsGoWhenItGoes() {
        weak var kept: TemplateObject?
        do {
            let memo = CardMemo(count: 3)
            let card = memo.value(at: 2) { Self.entry(2) }.card
            guard case .object(let object) = card.templateValue else {
                Issue.record("a card is an object")
                return
            }
            kept = object
        }
        #expect(kept == nil)
    }

    /// A mention links to its section: the URL made with the card for each heading, the
    /// briefing's own before the first heading, and one joined for an anchor the card lacks.
    @Test func aMentionLinksToItsSection() {
        let entry = CardMemo.Entry(
            card: Self.card(1), url: "../b1/index.html",
            sections: [("aim", "../b1/index.html#aim"), ("next-steps", "../b1/index.html#next-steps")])
        #expect(entry.url(ofSection: "next-steps") == "../b1/index.html#next-steps")
        #expect(entry.url(ofSection: "aim") == "../b1/index.html#aim")
        #expect(entry.url(ofSection: nil) == "../b1/index.html")
        #expect(entry.url(ofSection: "other") == "../b1/index.html#other")
    }
}
