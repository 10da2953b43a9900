import Foundation

@testable import SiteGenCore

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

/// How long a command of a test may take before it is killed and the test fails.
let commandTimeout: Double = 300

/// Runs `sitegen` with these arguments in `directory` and waits for it (killed after `commandTimeout`).
func runSitegen(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> RunResult {
    let merged = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }.merging(environment) { $1 }
    return RunResult(
        try ChildProcess.run(sitegenExecutable.path, arguments, in: directory.path, environment: merged, timeout: commandTimeout))
}

extension RunResult {
    /// A program's end as a test sees it; a program killed at its deadline exits with -1 and says so.
    init(_ result: ChildProcess.Result) {
        let note = result.timedOut ? "\n(killed after \(Int(commandTimeout)) s)" : ""
        self.init(status: result.status?.code ?? -1, stdout: result.output, stderr: result.errors + note)
    }
}
