import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A bare HTTP/1.1 client over a socket, for end-to-end tests: it sends exactly the bytes given
/// (any Host header, any path) and reads what comes back.
enum HTTPProbe {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
        /// Everything the server sent, head and body.
        var raw: String
    }

    /// Sends a request and reads the whole response (the connection is closed after it).
    static func get(port: Int, path: String, host: String = "127.0.0.1", method: String = "GET") throws -> Response {
        let socket = try connect(port: port)
        defer { close(socket) }
        try send(socket, "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        let raw = read(socket, until: { _ in false }, timeout: 10)
        return parse(raw)
    }

    /// Sends exactly these bytes and reads until the server closes the connection (or 10 s pass).
    static func exchange(port: Int, _ request: [UInt8]) throws -> Response {
        let socket = try connect(port: port)
        defer { close(socket) }
        try send(socket, request)
        return parse(read(socket, until: { _ in false }, timeout: 10))
    }

    /// Opens an event stream and waits (up to `timeout` seconds) for a line `data: <event>`.
    static func waitForEvent(port: Int, _ event: String, timeout: Double, whileWaiting: () throws -> Void) throws -> Bool {
        let socket = try connect(port: port)
        defer { close(socket) }
        try send(socket, "GET /_sitegen/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
        _ = read(socket, until: { $0.contains("sitegen live reload") }, timeout: timeout)
        try whileWaiting()
        return read(socket, until: { $0.contains("data: \(event)") }, timeout: timeout).contains("data: \(event)")
    }

    static func connect(port: Int) throws -> Int32 {
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(handle)
            throw CocoaError(.fileReadUnknown)
        }
        return handle
    }

    static func send(_ socket: Int32, _ text: String) throws {
        try send(socket, Array(text.utf8))
    }

    /// Writes every byte, or throws; a connection the server closed raises no SIGPIPE.
    static func send(_ socket: Int32, _ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw CocoaError(.fileWriteUnknown) }
            sent += count
        }
    }

    /// Reads until the peer closes, `done` says the text so far is enough, or time runs out.
    static func read(_ socket: Int32, until done: (String) -> Bool, timeout: Double) -> String {
        var received: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while Date() < deadline {
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(socket, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            received += buffer[0..<count]
            if done(String(decoding: received, as: UTF8.self)) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    static func parse(_ raw: String) -> Response {
        let parts = raw.components(separatedBy: "\r\n\r\n")
        let lines = (parts.first ?? "").components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"), raw: raw)
    }
}
