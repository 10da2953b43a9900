import Dispatch

/// Work that does not depend on each other, run at once on the cores there are. Each piece
/// should be serial: a `concurrentPerform` (or `parallelMap`) inside one gets few threads, one
/// on 2 cores.
enum Concurrently {
    /// The two results, as `(a(), b())` would give them.
    static func run<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        nonisolated(unsafe) var first: A?
        nonisolated(unsafe) var second: B?
        // Each slot is written by one iteration only, and read after both have ended.
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 { first = a() } else { second = b() }
        }
        return (first!, second!)
    }
}
