import ArgumentParser
import Foundation

// Usage errors exit with 2 (ArgumentParser's default is 64); content errors exit with 1.
do {
    var command = try SiteGen.parseAsRoot()
    try command.run()
} catch {
    if SiteGen.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((SiteGen.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    SiteGen.exit(withError: error)
}
