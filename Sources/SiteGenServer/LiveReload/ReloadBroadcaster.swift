import Foundation
import NIOCore

/// Sends "reload" to every browser listening on the Server-Sent Events endpoint.
actor ReloadBroadcaster {
    private var listeners: [UUID: AsyncStream<ByteBuffer>.Continuation] = [:]
    private var finished = false

    /// A stream of events for one browser, ended when it goes away or the server stops.
    func subscribe() -> AsyncStream<ByteBuffer> {
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(8))
        guard !finished else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        // A comment line: tells the browser the stream is open.
        continuation.yield(ByteBuffer(string: ": sitegen live reload\n\n"))
        return stream
    }

    /// Tells every browser to reload.
    func reload() {
        for continuation in listeners.values { continuation.yield(ByteBuffer(string: "data: reload\n\n")) }
    }

    /// Ends every stream, so that the server can stop.
    func finish() {
        finished = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    var count: Int { listeners.count }

    private func remove(_ id: UUID) {
        listeners[id] = nil
    }
}
