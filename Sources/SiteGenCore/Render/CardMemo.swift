import Synchronization

/// Cards made once and shared by the threads that render pages, one slot per briefing. A slot is
/// read without a lock (`card(at:)`, with the `NSLock` it took for every card a page shows, was
/// 6.7% of the samples of making contexts): the first card stored in a slot wins, and a thread
/// that made the same card at the same moment drops its own.
final class CardMemo: @unchecked Sendable {
    private final class Box: Sendable {
        let card: Card
        init(_ card: Card) { self.card = card }
    }

    private let slots: UnsafeMutablePointer<AtomicLazyReference<Box>>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        for position in 0..<count { (slots + position).initialize(to: AtomicLazyReference()) }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func value(at position: Int, make: () -> Card) -> Card {
        precondition(position >= 0 && position < count, "a card's position is outside the site's briefings")
        if let box = slots[position].load() { return box.card }
        return slots[position].storeIfNil(Box(make())).card
    }
}
