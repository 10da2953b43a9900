import Foundation
import Testing

@testable import SiteGenCore

/// The helpers that spread a stage over the cores: `parallelMap` and `LazyValue`.
@Suite struct ParallelWorkTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    /// The results keep the elements' order, each is made once, and the array holds the only
    /// reference to each (none is left behind in a copy).
    @Test func parallelMapKeepsTheOrderAndMakesEachResultOnce() {
        let made = Counter()
        var boxes = Array(0..<1000).parallelMap { number in
            made.add()
            return Box(number * 2)
        }
        #expect(boxes.map(\.value) == (0..<1000).map { $0 * 2 })
        #expect(made.count == 1000)
        #expect(boxes.indices.allSatisfy { isKnownUniquelyReferenced(&boxes[$0]) })
        #expect([Int]().parallelMap { $0 }.isEmpty)
        #expect([7].parallelMap { $0 + 1 } == [8])
    }

    /// A lazy value read from many threads at once is made once, and every reader gets it.
    @Test func aLazyValueIsMadeOnceWhateverTheThreads() {
        let made = Counter()
        let lazy = LazyValue {
            made.add()
            return "made"
        }
        #expect(made.count == 0, "nothing is made before it is read")
        #expect(Array(0..<200).parallelMap { _ in lazy.value } == Array(repeating: "made", count: 200))
        #expect(made.count == 1)
    }
}
