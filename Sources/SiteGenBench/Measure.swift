import Foundation
import SiteGenCore

/// One run of a program in its own process: wall time, and peak resident memory from the kernel
/// (`wait4`'s rusage, the figure `/usr/bin/time -v` prints).
struct Measurement {
    var seconds: Double
    var peakBytes: Int
    /// User and system time, summed over the program's threads.
    var cpuSeconds: Double = 0
    var succeeded: Bool
    /// What the program printed on stderr, for when it failed.
    var errors: String
}

enum Measure {
    /// Runs the program to its end; its peak memory comes from `wait4`, and its end is seen
    /// within 5 ms (`ChildProcess` polls), a fraction of a percent of the builds measured.
    ///
    /// Linux counts in a child's peak the bench's own peak when it was started (the memory it
    /// shared until `exec`): a child started after the bench held a 100,000-briefing corpus
    /// showed 380 MiB, at 1,000 briefings as at 10,000, for sitegen and Hugo alike. So the sizes
    /// run smallest first (`BenchOptions.sizes`), each corpus made just before its runs.
    static func run(_ executable: String, _ arguments: [String]) -> Measurement {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let child = try? ChildProcess(executable, arguments) else {
            return Measurement(seconds: 0, peakBytes: 0, succeeded: false, errors: "cannot run \(executable)")
        }
        let status = child.wait(timeout: nil)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Measurement(
            seconds: seconds, peakBytes: child.peakMemoryBytes ?? 0, cpuSeconds: child.cpuSeconds ?? 0, succeeded: status == .exited(0),
            errors: child.output.errors)
    }

    /// Runs `work` for each of `count` items in process, spread over every core. Returns each
    /// thread's own CPU time (`CLOCK_THREAD_CPUTIME_ID`) summed, the wall time, and the sum of
    /// what `work` returned (bytes made, say).
    static func onAllCores(_ count: Int, _ work: @Sendable (Int) -> Int) -> (cpu: Double, wall: Double, total: Int) {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        let totals = UnsafeMutableBufferPointer<(Double, Int)>.allocate(capacity: workers)
        totals.initialize(repeating: (0, 0))
        defer { totals.deallocate() }
        nonisolated(unsafe) let slots = totals
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let begin = threadSeconds()
            var sum = 0
            for position in stride(from: worker, to: count, by: workers) { sum += work(position) }
            slots[worker] = (threadSeconds() - begin, sum)
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (totals.map(\.0).reduce(0, +), wall, totals.map(\.1).reduce(0, +))
    }

    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The full path of a program on PATH, if it is installed.
    static func which(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
