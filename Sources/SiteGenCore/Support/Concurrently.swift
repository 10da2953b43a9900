import Dispatch

/// Work that does not depend on each other, run at once on the cores there are.
enum Concurrently {
    /// The three results, as `(a(), b(), c())` would give them.
    static func run<A: Sendable, B: Sendable, C: Sendable>(
        _ a: @Sendable () -> A, _ b: @Sendable () -> B, _ c: @Sendable () -> C
    ) -> (A, B, C) {
        nonisolated(unsafe) var first: A?
        nonisolated(unsafe) var second: B?
        nonisolated(unsafe) var third: C?
        // Each slot is written by one iteration only, and read after all have ended.
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            switch task {
            case 0: first = a()
            case 1: second = b()
            default: third = c()
            }
        }
        return (first!, second!, third!)
    }
}
