import Foundation

/// The descriptors this process holds, as Linux lists them under /proc/self.
enum Descriptors {
    /// How many descriptors are open.
    static func count() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }

    /// How many open descriptors are TCP sockets whose local port is `port`: a server's listening
    /// socket and the connections it accepted (other tests running meanwhile hold none of them).
    static func sockets(onLocalPort port: Int) -> Int {
        let suffix = ":" + String(format: "%04X", port)
        var inodes: Set<String> = []
        for table in ["/proc/self/net/tcp", "/proc/self/net/tcp6"] {
            // Read to the end: the file has no size, and a single read stops after a page.
            let text = String(decoding: FileHandle(forReadingAtPath: table)?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                if fields.count > 9, fields[1].hasSuffix(suffix), fields[9] != "0" { inodes.insert(String(fields[9])) }
            }
        }
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return descriptors.count { name in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(name)"),
                target.hasPrefix("socket:[")
            else { return false }
            return inodes.contains(String(target.dropFirst("socket:[".count).dropLast()))
        }
    }

    /// Polls every 0.1 s until `test` holds or `timeout` seconds pass; returns whether it held.
    static func wait(timeout: Double, until test: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !test() {
            guard Date() < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return true
    }
}
