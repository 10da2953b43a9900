import Foundation
import Testing

@testable import SiteGenCore

/// The runner behind `publish --git` and the tests that start sitegen: both pipes are read as
/// they fill, every wait can have a deadline, and the child starts with the signals' defaults.
@Suite struct ChildProcessTests {
    @Test func readsBothPipesWhateverTheirSizeAndOrder() throws {
        // 200 KB on stderr before a word on stdout: read one pipe after the other, the child
        // would block on the full stderr pipe for ever.
        let result = try ChildProcess.run("/bin/sh", ["-c", "head -c 200000 /dev/zero | tr '\\0' e >&2; echo out"], timeout: 60)
        #expect(result.status == .exited(0))
        #expect(result.output == "out\n")
        #expect(result.errors.utf8.count == 200_000 && result.errors.allSatisfy { $0 == "e" })
    }

    @Test func runsInTheFolderGivenWithTheEnvironmentGiven() throws {
        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        let result = try ChildProcess.run("/bin/sh", ["-c", "pwd; echo \"$ONLY\"; exit 3"], in: folder, environment: ["ONLY": "this"])
        #expect(result.status == .exited(3))
        #expect(result.output == "\(folder)\nthis\n")
    }

    @Test func aProgramPastItsDeadlineIsKilled() throws {
        let result = try ChildProcess.run("/bin/sh", ["-c", "echo started; exec sleep 600"], timeout: 0.5)
        #expect(result.timedOut)
        #expect(result.output == "started\n")
    }

    @Test func theChildStartsWithDefaultSignalActions() throws {
        // A child that inherited a blocked or ignored SIGINT would sleep on.
        let result = try ChildProcess.run("/bin/sh", ["-c", "kill -INT $$; sleep 30"], timeout: 60)
        #expect(result.status == .signalled(SIGINT))
        #expect(result.status?.code == 130)
    }

    @Test func aMissingProgramIsAnError() {
        #expect(throws: (any Error).self) { try ChildProcess.run("sitegen-no-such-program", []) }
    }

    @Test func everythingPrintedIsReadOnceTheProgramHasEnded() throws {
        // The last bytes come just before the exit: wait returns only once they are read.
        for _ in 0..<50 {
            let child = try ChildProcess("/bin/sh", ["-c", "printf last >&2; printf out"])
            #expect(child.wait(timeout: 30) == .exited(0))
            #expect(child.output.errors == "last" && child.output.output == "out")
        }
    }

    @Test func reportsThePeakMemoryOfAProgramThatEnded() throws {
        let child = try ChildProcess("/bin/sh", ["-c", "sleep 0.2"])
        #expect(child.peakMemoryBytes == nil, "not before it has ended")
        #expect(child.wait(timeout: 60) == .exited(0))
        // Any program holds more than 100 KB: the kernel's count, in bytes (it gives KiB).
        #expect((child.peakMemoryBytes ?? 0) > 100_000)
    }

    @Test func reportsTheCPUTimeOfAProgramThatEnded() throws {
        // A loop of the shell's own: work on the CPU, with nothing to wait for.
        let child = try ChildProcess("/bin/sh", ["-c", "i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done"])
        #expect(child.cpuSeconds == nil, "not before it has ended")
        #expect(child.wait(timeout: 60) == .exited(0))
        #expect((child.cpuSeconds ?? 0) > 0)
    }

    @Test func droppingItKillsTheProgram() throws {
        var pid: pid_t = 0
        do {
            let child = try ChildProcess("/bin/sleep", ["600"])
            pid = child.pid
            #expect(kill(pid, 0) == 0, "running")
        }
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "killed and reaped when dropped")
    }

    @Test func theChildInheritsOnlyTheStandardDescriptors() throws {
        // Open without close-on-exec, as a socket a test holds would be.
        let descriptor = open("/dev/null", O_RDONLY)
        defer { close(descriptor) }
        let result = try ChildProcess.run("/bin/sh", ["-c", "ls /proc/$$/fd"], timeout: 60)
        let inherited = Set(result.output.split(separator: "\n").compactMap { Int32($0) })
        #expect(!inherited.contains(descriptor))
        #expect(inherited.isSuperset(of: [0, 1, 2]))
    }

    @Test func aMissingFolderIsAnError() {
        #expect(throws: (any Error).self) { try ChildProcess.run("/bin/true", [], in: "/nonexistent/sitegen-folder") }
    }

    @Test func signalsReachARunningChild() throws {
        let child = try ChildProcess("/bin/sh", ["-c", "trap 'echo stopping; exit 7' TERM; echo ready; while :; do sleep 0.05; done"])
        let deadline = Date().addingTimeInterval(30)
        while !child.output.output.contains("ready"), Date() < deadline { usleep(10_000) }
        child.signal(SIGTERM)
        #expect(child.wait(timeout: 30) == .exited(7))
        #expect(child.output.output == "ready\nstopping\n")
    }
}
