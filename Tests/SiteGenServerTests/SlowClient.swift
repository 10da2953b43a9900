import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A client that sends its request one byte at a time, as a slow or hostile client would, and
/// notices when the server closes the connection.
enum SlowClient {
    struct Outcome: Sendable {
        var closedByServer = false
        var bytesSent = 0
        var reply = ""
    }

    /// Connects and sends `request` a byte every `interval` seconds (all at once when 0), until the
    /// server closes the connection or `duration` seconds pass; nothing sent is a silent client.
    static func trickle(port: Int, _ request: [UInt8], interval: Double = 1, duration: Double) throws -> Outcome {
        let socket = try HTTPProbe.connect(port: port)
        defer { close(socket) }
        var outcome = Outcome()
        let deadline = Date().addingTimeInterval(duration)
        var next = Date()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while Date() < deadline {
            if Date() >= next, outcome.bytesSent < request.count {
                let end = interval == 0 ? request.count : outcome.bytesSent + 1
                guard (try? HTTPProbe.send(socket, Array(request[outcome.bytesSent..<end]))) != nil else {
                    outcome.closedByServer = true
                    break
                }
                outcome.bytesSent = end
                next = next.addingTimeInterval(interval)
            }
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(socket, $0.baseAddress, $0.count) }
            guard count > 0 else {
                outcome.closedByServer = true
                break
            }
            outcome.reply += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return outcome
    }
}
