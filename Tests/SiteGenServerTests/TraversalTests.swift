import Foundation
import Testing

/// Attempts to read outside the preview folder, sent byte for byte over a socket to a server on
/// 127.0.0.1 (an HTTP client would normalise most of these paths before sending them). A secret
/// file lies beside the folder, in the site; its content must never come back.
@Suite(.serialized) struct TraversalTests {
    static let secret = "SECRET-0f3a9c"

    static let targets = [
        "/../secret.txt", "/../../../../etc/passwd", "/briefings/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
        "/..%2fsecret.txt", "/..%2Fsecret.txt", "/.%2e/secret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt",
        "/..\\secret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt", "/index.html%00", "/%00/../secret.txt", "/%c0%ae%c0%ae/secret.txt",
        "/%ef%bc%8e%ef%bc%8e/secret.txt", "/./../secret.txt", "//../secret.txt", "../secret.txt", "secret.txt", "*",
        "http://evil/../../etc/passwd", "http://127.0.0.1/../secret.txt", "http://127.0.0.1/%2e%2e/secret.txt", "http://evil/secret.txt",
        "/" + String(repeating: "a", count: 10_000), "/" + String(repeating: "../", count: 5_000) + "secret.txt",
        "/" + String(repeating: "%2e%2e/", count: 20_000) + "secret.txt", "/" + String(repeating: "x", count: 1_000_000),
    ]

    @Test func everyFormIsRefusedAndNothingLeaks() async throws {
        let server = try await LiveServer()
        try Data((Self.secret + "\n").utf8).write(to: server.site.appendingPathComponent("secret.txt"))
        let port = server.port
        let answers = try await blocking {
            try Self.targets.map { target in
                (
                    target,
                    try HTTPProbe.exchange(port: port, Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
                )
            }
        }
        for (target, answer) in answers {
            #expect([400, 403, 404].contains(answer.status), "\(target.prefix(60)) → \(answer.status)")
            #expect(!answer.raw.contains(Self.secret), "\(target.prefix(60)) leaked the secret")
            #expect(!answer.raw.contains("root:x:"), "\(target.prefix(60)) leaked /etc/passwd")
        }
        #expect(try await blocking { try HTTPProbe.get(port: port, path: "/") }.status == 200, "the server still answers")
        await server.stop()
    }

    @Test func rawBytesNoBrowserSends() async throws {
        let server = try await LiveServer()
        try Data((Self.secret + "\n").utf8).write(to: server.site.appendingPathComponent("secret.txt"))
        let port = server.port
        let requests: [[UInt8]] = [
            Array("GET /a".utf8) + [0] + Array("/../secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8),
            Array("GET /..\\..\\secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8),
            Array("GET /../secret.txt HTTP/1.0\r\nConnection: close\r\n\r\n".utf8),
            Array("GET /%2e%2e/secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".utf8),
            Array("GET /../secret.txt\r\n\r\n".utf8),
            // Two Host fields: refused (400), whichever comes first.
            Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".utf8),
            Array("GET / HTTP/1.1\r\nHost: evil.example\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8),
        ]
        let answers = try await blocking { try requests.map { try HTTPProbe.exchange(port: port, $0) } }
        for (request, answer) in zip(requests, answers) {
            let shown = String(decoding: request.prefix(40), as: UTF8.self).debugDescription
            #expect([400, 403, 404].contains(answer.status), "\(shown) → \(answer.status)")
            #expect(!answer.raw.contains(Self.secret), "\(shown) leaked the secret")
        }
        await server.stop()
    }

    @Test func symbolicLinksOutOfTheFolderAreNotFollowed() async throws {
        let server = try await LiveServer()
        let secret = server.site.appendingPathComponent("secret.txt")
        try Data((Self.secret + "\n").utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(at: server.output.appendingPathComponent("leak.txt"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: server.output.appendingPathComponent("up"), withDestinationURL: server.site)
        try FileManager.default.createSymbolicLink(
            atPath: server.output.appendingPathComponent("relative.txt").path, withDestinationPath: "../secret.txt")
        let port = server.port
        let answers = try await blocking {
            try ["/leak.txt", "/up/secret.txt", "/up/", "/relative.txt", "/%6c%65%61%6b.txt"].map {
                ($0, try HTTPProbe.get(port: port, path: $0))
            }
        }
        for (path, answer) in answers {
            #expect([400, 403, 404].contains(answer.status), "\(path) → \(answer.status)")
            #expect(!answer.raw.contains(Self.secret), "\(path) leaked the secret")
        }
        await server.stop()
    }
}
