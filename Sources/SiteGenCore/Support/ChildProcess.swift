import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program run in a process of its own, through posix_spawn and waitpid rather than
/// Foundation's `Process`, whose `waitUntilExit` on Linux depends on a run loop being told of the
/// child's end and can wait forever for a child that has long exited. Its output and errors are
/// read as they come (so neither pipe can fill and stall it), every wait can have a deadline, and
/// the child inherits no descriptor but its three standard ones.
public final class ChildProcess: @unchecked Sendable {
    public enum Status: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)
        /// It has ended, but something else in this process collected its status.
        case lost

        /// The exit code, or 128 plus the signal as a shell reports it; -1 when lost.
        public var code: Int32 {
            switch self {
            case .exited(let code): code
            case .signalled(let signal): 128 + signal
            case .lost: -1
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
    /// Guards `finished`, and makes reaping and signalling one step each, so that a signal never
    /// reaches a process id the system has given to another program since.
    private let lock = NSLock()
    private var finished: Status?
    private var usage: rusage?
    /// Held by the thread that reads the pipes, not by this object, so that dropping the object
    /// kills the program even while the pipes are open.
    private let pipes = PipeReader()

    /// Starts `executable` (a path, or a name looked up on PATH) with `arguments`, in `directory`,
    /// with exactly `environment` (this process's when nil), reading nothing from standard input.
    /// The child starts with no signal blocked and the default action for each.
    public init(_ executable: String, _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil) throws {
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = (environment ?? ProcessInfo.processInfo.environment).sorted { $0.key < $1.key }
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // One spawn at a time in this process: a pipe is made close-on-exec only after it exists,
        // and another spawn in between would hand it to its child.
        let (pid, output, errors) = try Self.spawning.withLock { () throws -> (pid_t, Int32, Int32) in
            var outputPipe: [Int32] = [0, 0]
            var errorPipe: [Int32] = [0, 0]
            guard pipe(&outputPipe) == 0 else { throw Self.failure("cannot make a pipe for", executable) }
            guard pipe(&errorPipe) == 0 else {
                outputPipe.forEach { close($0) }
                throw Self.failure("cannot make a pipe for", executable)
            }
            for descriptor in outputPipe + errorPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            if let directory { _ = SpawnActions.addChdir(&actions, directory) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
            _ = SpawnActions.addCloseFrom(&actions, 3)
            var pid: pid_t = 0
            let spawned = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
            close(outputPipe[1])
            close(errorPipe[1])
            guard spawned == 0 else {
                close(outputPipe[0])
                close(errorPipe[0])
                let place = directory.map { " in \($0)" } ?? ""
                throw Self.failure("cannot run", executable + place, code: spawned)
            }
            return (pid, outputPipe[0], errorPipe[0])
        }
        self.pid = pid
        let pipes = pipes
        Thread { pipes.read(output: output, errors: errors) }.start()
    }

    deinit {
        if signal(SIGKILL) { wait(timeout: 5) }
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
            child.wait(timeout: 10)
        }
        let (output, errors) = child.output
        return Result(status: status, output: output, errors: errors)
    }

    /// What the program printed so far on standard output and standard error. Once `wait` has
    /// returned a status, all of it (unless a program it started still holds the pipes).
    public var output: (output: String, errors: String) { pipes.text }

    /// The program's peak resident memory as the kernel counted it (what `/usr/bin/time -v`
    /// prints), once `wait` has returned its status.
    public var peakMemoryBytes: Int? {
        lock.withLock { usage.map { $0.ru_maxrss * 1024 } }
    }

    /// The CPU time the program used, in user and kernel mode, summed over its threads, once
    /// `wait` has returned its status.
    public var cpuSeconds: Double? {
        lock.withLock {
            usage.map {
                Double($0.ru_utime.tv_sec + $0.ru_stime.tv_sec) + Double($0.ru_utime.tv_usec + $0.ru_stime.tv_usec) / 1e6
            }
        }
    }

    /// Sends a signal, unless the program has ended; returns whether it was sent.
    @discardableResult
    public func signal(_ number: Int32) -> Bool {
        lock.withLock { finished == nil && kill(pid, number) == 0 }
    }

    /// Waits for the program to end, at most `timeout` seconds (forever when nil); nil if it has
    /// not. Once it has, also waits (a few seconds at most) until its output is all read.
    @discardableResult
    public func wait(timeout: Double?) -> Status? {
        let deadline = timeout.map { ContinuousClock.now + .milliseconds(Int($0 * 1000)) }
        while true {
            let status = lock.withLock { () -> Status? in
                if let finished { return finished }
                var raw: Int32 = 0
                var used = rusage()
                switch wait4(pid, &raw, WNOHANG, &used) {
                case pid:
                    finished = raw & 0x7f == 0 ? .exited((raw >> 8) & 0xff) : .signalled(raw & 0x7f)
                    usage = used
                case -1 where errno == ECHILD: finished = .lost
                default: break
                }
                return finished
            }
            if let status {
                pipes.waitUntilRead(seconds: 5)
                return status
            }
            if let deadline, ContinuousClock.now >= deadline { return nil }
            usleep(5_000)
        }
    }

    private static let spawning = NSLock()

    private static func failure(_ what: String, _ executable: String, code: Int32 = errno) -> NSError {
        NSError(
            domain: NSPOSIXErrorDomain, code: Int(code),
            userInfo: [NSLocalizedDescriptionKey: "\(what) \(executable): \(String(cString: strerror(code)))"])
    }
}

/// What a child printed, read on a thread of its own until both pipes close.
private final class PipeReader: @unchecked Sendable {
    private let lock = NSLock()
    private var output: [UInt8] = []
    private var errors: [UInt8] = []
    private var done = false
    private let finished = DispatchSemaphore(value: 0)

    var text: (output: String, errors: String) {
        lock.withLock { (String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self)) }
    }

    func waitUntilRead(seconds: Int) {
        guard !lock.withLock({ done }) else { return }
        if finished.wait(timeout: .now() + .seconds(seconds)) == .success { finished.signal() }
    }

    func read(output outputPipe: Int32, errors errorPipe: Int32) {
        var open = [outputPipe, errorPipe]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&polled, nfds_t(polled.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in polled where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { POSIX.read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    lock.withLock {
                        if entry.fd == outputPipe { output += buffer[0..<count] } else { errors += buffer[0..<count] }
                    }
                } else if count == 0 || errno != EINTR {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        open.forEach { close($0) }
        lock.withLock { done = true }
        finished.signal()
    }
}

/// glibc's posix_spawn extensions that Swift's Glibc module does not show, looked up by name.
private enum SpawnActions {
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        dlsym(nil, name).map { unsafeBitCast($0, to: type) }
    }

    private static let chdir = symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self)
    private static let closeFrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: AddCloseFrom.self)

    /// The child changes to `folder` before it starts the program (glibc 2.29 and later).
    static func addChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ folder: String) -> Bool {
        guard let chdir else { preconditionFailure("posix_spawn_file_actions_addchdir_np needs glibc 2.29 or later") }
        return chdir(actions, folder) == 0
    }

    /// The child closes every descriptor from `lowest` up (glibc 2.34 and later; else inherited
    /// descriptors that are not close-on-exec stay open in it).
    static func addCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Bool {
        closeFrom.map { $0(actions, lowest) == 0 } ?? false
    }
}
