import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How many connections the preview holds open at once. Every connection takes a descriptor, and a
/// process that has none left cannot open a file to serve; on Linux, libdispatch then stops the
/// whole process (it opens /proc files to watch its threads). So the server accepts no more than
/// the limit on open descriptors allows, less a reserve; later connections wait in the listen
/// queue until one closes (the idle timeout sees that they do).
enum ConnectionLimit {
    /// Descriptors kept back for the build, the file watcher, the files being served and the runtime.
    static let reserve = 128
    /// The soft limit is raised to the hard one, but not past this (macOS refuses more).
    static let wanted = 10_240

    /// Raises the soft limit on open descriptors towards the hard limit, and returns how many
    /// connections fit under the limit then in force.
    static func raise() -> Int {
        var limit = rlimit()
        guard get(&limit) else { return 16 }
        let target = min(limit.rlim_max, rlim_t(wanted))
        if limit.rlim_cur < target {
            var raised = limit
            raised.rlim_cur = target
            if set(&raised) { limit = raised }
        }
        return connections(underLimit: Int(clamping: limit.rlim_cur))
    }

    static func connections(underLimit descriptors: Int) -> Int {
        max(16, descriptors - reserve)
    }

    #if canImport(Glibc)
        private static func get(_ limit: inout rlimit) -> Bool { getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 }
        private static func set(_ limit: inout rlimit) -> Bool { setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 }
    #else
        private static func get(_ limit: inout rlimit) -> Bool { getrlimit(RLIMIT_NOFILE, &limit) == 0 }
        private static func set(_ limit: inout rlimit) -> Bool { setrlimit(RLIMIT_NOFILE, &limit) == 0 }
    #endif
}
