import Foundation

/// One run of a program in its own process: wall time, and peak resident memory from the kernel
/// (`wait4`'s rusage, the figure `/usr/bin/time -v` prints).
struct Measurement {
    var seconds: Double
    var peakBytes: Int
    var succeeded: Bool
    /// What the program printed on stderr, for when it failed.
    var errors: String
}

enum Measure {
    static func run(_ executable: String, _ arguments: [String]) -> Measurement {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bench-\(getpid()).log").path
        defer { unlink(log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else {
            return Measurement(seconds: 0, peakBytes: 0, succeeded: false, errors: "cannot run \(executable)")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exited = status & 0x7f == 0 && (status >> 8) & 0xff == 0
        let errors = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return Measurement(seconds: seconds, peakBytes: usage.ru_maxrss * 1024, succeeded: exited, errors: errors)
    }

    /// The full path of a program on PATH, if it is installed.
    static func which(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
