import ArgumentParser
import Foundation

extension AsyncParsableCommand {
    /// Calls the async `run()`: on an existential the compiler would pick the synchronous one.
    mutating func runAsync() async throws {
        try await run()
    }
}

// Usage errors exit with 2 (ArgumentParser's default is 64); content errors exit with 1.
do {
    var command = try SiteGen.parseAsRoot()
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.runAsync()
    } else {
        try command.run()
    }
} catch {
    if SiteGen.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((SiteGen.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    SiteGen.exit(withError: error)
}
