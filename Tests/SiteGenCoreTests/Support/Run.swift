import Foundation

/// The `sitegen` executable that `swift test` built beside the test bundle.
let sitegenExecutable: URL = {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
    return repositoryRoot.appendingPathComponent(".build/debug/sitegen")
}()

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// stderr without its notes (such as the one about an old cmark, which depends on the machine).
    var problems: String {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("note: ") }.joined(separator: "\n")
    }
}

/// Runs `sitegen` with these arguments in `directory` and waits for it.
func runSitegen(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> RunResult {
    let process = Process()
    process.executableURL = sitegenExecutable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }.merging(environment) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
}
