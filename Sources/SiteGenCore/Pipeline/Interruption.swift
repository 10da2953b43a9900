import Synchronization

/// A request to stop a build early (Ctrl-C): the build stops between pages, removes what it had
/// written and leaves the previous output as it was.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Whether a stop was asked for. Safe to call from any thread.
    public static var requested: Bool { flag.load(ordering: .relaxed) }

    /// What a build that stopped on request reports, at the stage it stopped in.
    static func diagnostic(at stage: Stage) -> Diagnostic {
        .error(stage, at: nil, "interrupted; the previous output is unchanged")
    }

    /// Asks running builds to stop. Async-signal-safe: it only stores to an atomic.
    public static func request() {
        flag.store(true, ordering: .relaxed)
    }
}
