import ArgumentParser
import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension AsyncParsableCommand {
    /// Calls the async `run()`: on an existential the compiler would pick the synchronous one.
    mutating func runAsync() async throws {
        try await run()
    }
}

// Ctrl-C (or SIGTERM) stops a build between pages, and it cleans up; a second one exits at once.
// The handlers are unblocked too: a parent may have started sitegen with them blocked.
var stopSignals = sigset_t()
sigemptyset(&stopSignals)
for stop in [SIGINT, SIGTERM] {
    sigaddset(&stopSignals, stop)
    signal(stop) { number in
        if Interruption.requested { _exit(128 + number) }
        Interruption.request()
    }
}
sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
// A file-size limit (ulimit -f) makes a write fail with an error rather than kill the process.
signal(SIGXFSZ, SIG_IGN)

/// The names from `sitegen` down to a command (`sitegen theme list`).
func commandPath(to command: any ParsableCommand.Type, from root: any ParsableCommand.Type = SiteGen.self) -> [String] {
    if ObjectIdentifier(command) == ObjectIdentifier(root) { return [root._commandName] }
    for subcommand in root.configuration.subcommands {
        let path = commandPath(to: command, from: subcommand)
        if !path.isEmpty { return [root._commandName] + path }
    }
    return []
}

// Usage errors exit with 2 (ArgumentParser's default is 64); content errors exit with 1. A usage
// error found as a command runs (`--site` naming no site: checked there, so that a mistyped
// option is reported first) is explained with that command's usage, as a parse error is.
var running: (any ParsableCommand.Type)?
do {
    var command = try SiteGen.parseAsRoot()
    running = type(of: command)
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.runAsync()
    } else {
        try command.run()
    }
} catch {
    if SiteGen.exitCode(for: error) == .validationFailure {
        let message =
            running.map { command in
                let name = commandPath(to: command).joined(separator: " ")
                return "Error: \(SiteGen.message(for: error))\nUsage: \(SiteGen.usageString(for: command))\n"
                    + "  See '\(name) --help' for more information."
            } ?? SiteGen.fullMessage(for: error)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(2)
    }
    SiteGen.exit(withError: error)
}
