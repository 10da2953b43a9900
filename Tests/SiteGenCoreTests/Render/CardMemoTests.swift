import Dispatch
import SiteGenTemplates
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

    static func object(_ card: Card) -> ObjectIdentifier? {
        guard case .object(let object) = card.templateValue else { return nil }
        return ObjectIdentifier(object)
    }

    @Test func everyThreadGetsTheCardStoredFirst() {
        let memo = CardMemo(count: 64)
        let seen = UnsafeMutableBufferPointer<ObjectIdentifier?>.allocate(capacity: 64 * 50)
        seen.initialize(repeating: nil)
        defer { seen.deallocate() }
        nonisolated(unsafe) let slots = seen
        // Fifty requests for each card, from every core at once.
        DispatchQueue.concurrentPerform(iterations: 64 * 50) { request in
            let position = request % 64
            slots[request] = Self.object(memo.value(at: position) { Self.card(position) })
        }
        for position in 0..<64 {
            let stored = Self.object(
                memo.value(at: position) {
                    Issue.record("made again after it was stored"); return Self.card(position)
                })
            for request in stride(from: position, to: 64 * 50, by: 64) {
                #expect(slots[request] == stored, "card \(position), request \(request)")
            }
        }
    }

    @Test func aCardIsMadeOnlyWhenItsSlotIsEmpty() {
        let memo = CardMemo(count: 2)
        var made = 0
        for _ in 0..<3 {
            _ = memo.value(at: 1) {
                made += 1
                return Self.card(1)
            }
        }
        #expect(made == 1)
    }
}
