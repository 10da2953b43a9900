import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program run in a process of its own, through posix_spawn and waitpid rather than
/// Foundation's `Process`, whose `waitUntilExit` on Linux depends on a run loop being told of the
/// child's end and can wait forever for a child that has long exited. Its output and errors are
/// read as they come (so neither pipe can fill and stall it), and every wait can have a deadline.
public final class ChildProcess: @unchecked Sendable {
    public enum Status: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)

        /// The exit code, or 128 plus the signal as a shell reports it.
        public var code: Int32 {
            switch self {
            case .exited(let code): code
            case .signalled(let signal): 128 + signal
            }
        }
    }

    public struct Result: Sendable {
        /// Nil when the deadline passed: the program was killed then.
        public var status: Status?
        public var output: String
        public var errors: String
        public var timedOut: Bool { status == nil }
    }

    public let pid: pid_t
    private let lock = NSLock()
    private var collected: (output: [UInt8], errors: [UInt8]) = ([], [])
    private var finished: Status?
    private let readerDone = DispatchSemaphore(value: 0)

    /// Starts `executable` (a path, or a name looked up on PATH) with `arguments`, in `directory`,
    /// with exactly `environment` (this process's when nil), reading nothing from standard input.
    /// The child starts with no signal blocked and the default action for each.
    public init(_ executable: String, _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil) throws {
        var outputPipe: [Int32] = [0, 0]
        var errorPipe: [Int32] = [0, 0]
        guard pipe(&outputPipe) == 0 else { throw Self.failure("pipe", executable) }
        guard pipe(&errorPipe) == 0 else {
            outputPipe.forEach { close($0) }
            throw Self.failure("pipe", executable)
        }
        // Programs other threads start meanwhile must not hold these pipes open.
        for descriptor in outputPipe + errorPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // In another folder through the shell, as glibc's posix_spawn_file_actions_addchdir_np is
        // not visible from Swift.
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] } ?? [executable]
        let argv: [UnsafeMutablePointer<CChar>?] = (command + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = (environment ?? ProcessInfo.processInfo.environment).sorted { $0.key < $1.key }
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0])
            close(errorPipe[0])
            throw Self.failure("cannot run", executable, code: spawned)
        }
        self.pid = pid
        let (output, errors) = (outputPipe[0], errorPipe[0])
        let reader = Thread { [self] in
            read(output: output, errors: errors)
            readerDone.signal()
        }
        reader.start()
    }

    deinit {
        if finished == nil {
            kill(pid, SIGKILL)
            _ = wait(timeout: 5)
        }
    }

    /// Runs a program to its end, or until `timeout` seconds pass and it is killed.
    public static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
        timeout: Double? = nil
    ) throws -> Result {
        let child = try ChildProcess(executable, arguments, in: directory, environment: environment)
        let status = child.wait(timeout: timeout)
        if status == nil {
            child.signal(SIGKILL)
            child.wait(timeout: nil)
        }
        // A process the program left running may still hold the pipes: read a moment longer at most.
        _ = child.readerDone.wait(timeout: .now() + 2)
        let (output, errors) = child.output
        return Result(status: status, output: output, errors: errors)
    }

    /// What the program printed so far on standard output and standard error.
    public var output: (output: String, errors: String) {
        lock.withLock { (String(decoding: collected.output, as: UTF8.self), String(decoding: collected.errors, as: UTF8.self)) }
    }

    public func signal(_ number: Int32) {
        guard lock.withLock({ finished == nil }) else { return }
        kill(pid, number)
    }

    /// Waits for the program to end, at most `timeout` seconds (forever when nil); nil if it has not.
    @discardableResult
    public func wait(timeout: Double?) -> Status? {
        if let status = lock.withLock({ finished }) { return status }
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let ended: Status = status & 0x7f == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
                lock.withLock { finished = ended }
                return ended
            }
            if result < 0, errno != EINTR { return lock.withLock { finished } }
            if let deadline, Date() >= deadline { return nil }
            usleep(5_000)
        }
    }

    private func read(output: Int32, errors: Int32) {
        var open = [output, errors]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&polled, nfds_t(polled.count), -1) >= 0 || errno == EINTR else { break }
            for entry in polled where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    lock.withLock {
                        if entry.fd == output { collected.output += buffer[0..<count] } else { collected.errors += buffer[0..<count] }
                    }
                } else if count == 0 || errno != EINTR {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
    }

    private static func failure(_ what: String, _ executable: String, code: Int32 = errno) -> NSError {
        NSError(
            domain: NSPOSIXErrorDomain, code: Int(code),
            userInfo: [NSLocalizedDescriptionKey: "\(what) \(executable): \(String(cString: strerror(code)))"])
    }
}
