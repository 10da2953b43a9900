import Foundation

/// Runs blocking socket work on a thread of its own, so that it never takes one of the few
/// threads the in-process server needs to answer it.
func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
