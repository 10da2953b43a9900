import Foundation
import SiteGenCore

/// What a program that outlived its deadline in a test was doing: its state as Linux shows it
/// and, where gdb is installed, every thread's stack. Printed with the failure, so that a hang in
/// CI says where it was.
public enum StuckProgram {
    public static func describe(_ pid: pid_t) -> String {
        var lines = ["sitegen tests: process \(pid) passed its deadline"]
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        lines += status.split(separator: "\n").filter { $0.hasPrefix("State:") || $0.hasPrefix("Threads:") }.map(String.init)
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        for task in tasks.sorted() {
            let wchan = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/wchan", encoding: .utf8)) ?? "?"
            lines.append("  thread \(task) waits in \(wchan.isEmpty ? "-" : wchan)")
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/gdb"),
            let trace = try? ChildProcess.run("/usr/bin/gdb", ["-batch", "-p", "\(pid)", "-ex", "thread apply all bt 30"], timeout: 120)
        {
            lines.append(String(trace.output.suffix(20_000)))
        }
        return lines.joined(separator: "\n")
    }
}
