import Foundation

/// The process's peak resident memory, as Linux keeps it (`VmHWM` in `/proc/self/status`), and a
/// way to start it again from what is resident now (`5` to `/proc/self/clear_refs`), so that each
/// step of a build can be given its own peak. Nil where the system does not offer either.
enum PeakMemory {
    /// Bytes at most resident since the process started or since the last `reset()`.
    static func bytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let number = line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
            return number.map { $0 * 1024 }
        }
        return nil
    }

    /// Starts the peak again from the memory resident now; false where that cannot be done.
    @discardableResult
    static func reset() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }
}
