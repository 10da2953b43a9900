import Synchronization

/// Cards made once and shared by the threads that render pages, one slot per briefing. A slot is
/// read without a lock (`card(at:)`, with the `NSLock` it took for every card a page shows, was
/// 6.7% of the samples of making contexts): the first card stored in a slot wins, and a thread
/// that made the same card at the same moment drops its own.
///
/// A slot is an atomic word holding the card's box, retained once by the memo. It was an
/// `AtomicLazyReference`, whose `load` the standard library does not inline: a generic call
/// that fetched `Unmanaged`'s metadata each time, 640 instructions a card (4.5% of contexts).
final class CardMemo: @unchecked Sendable {
    /// A briefing's card, its URL, and the URL of each of its sections (by heading anchor), which
    /// entity pages link mentions to: a section is named on the pages of every entity it
    /// mentions. Joining its URL anew for each mention was 5% of making contexts; made once
    /// with the card instead, contexts take 1.5% fewer instructions on the bench's corpus, more
    /// where a section names several entities.
    struct Entry: Sendable {
        let card: Card
        let url: String
        let sections: [(anchor: String, url: String)]

        /// The URL of the section with this anchor (the briefing's own for none).
        func url(ofSection anchor: String?) -> String {
            guard let anchor else { return url }
            // A mention's anchor is the heading's own string, so most comparisons end at its address.
            return sections.first { $0.anchor == anchor }?.url ?? url + "#" + anchor
        }
    }

    private final class Box: Sendable {
        let entry: Entry
        init(_ entry: Entry) { self.entry = entry }
    }

    /// Each slot: 0, or the address of a box the memo holds a retain of.
    private let slots: UnsafeMutablePointer<Atomic<UInt>>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        for position in 0..<count { (slots + position).initialize(to: Atomic(0)) }
    }

    deinit {
        for position in 0..<count {
            let stored = slots[position].load(ordering: .acquiring)
            if stored != 0 { Self.unmanaged(stored).release() }
        }
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func value(at position: Int, make: () -> Entry) -> Entry {
        precondition(position >= 0 && position < count, "a card's position is outside the site's briefings")
        let stored = slots[position].load(ordering: .acquiring)
        if stored != 0 { return Self.unmanaged(stored).takeUnretainedValue().entry }
        let made = Unmanaged.passRetained(Box(make()))
        let (exchanged, first) = slots[position].compareExchange(
            expected: 0, desired: UInt(bitPattern: made.toOpaque()), ordering: .acquiringAndReleasing)
        if exchanged { return made.takeUnretainedValue().entry }
        made.release()
        return Self.unmanaged(first).takeUnretainedValue().entry
    }

    private static func unmanaged(_ address: UInt) -> Unmanaged<Box> {
        Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: address)!)
    }
}
