import Foundation
import TestSupport

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
    return try runWatched(sitegenExecutable.path, arguments, in: directory, environment: merged)
}

/// Runs a program to its end; one that passes `timeout` seconds is described (state, stacks),
/// killed, and ends with status -1 and the description on its stderr.
func runWatched(
    _ executable: String, _ arguments: [String], in directory: URL, environment: [String: String]? = nil,
    timeout: Double = commandTimeout
) throws
    -> RunResult
{
    let child = try ChildProcess(executable, arguments, in: directory.path, environment: environment)
    var stuck = ""
    if child.wait(timeout: timeout) == nil {
        stuck = "\n" + StuckProgram.describe(child.pid)
        child.signal(SIGKILL)
    }
    let status = child.wait(timeout: 30)
    let (output, errors) = child.output
    return RunResult(status: stuck.isEmpty ? status?.code ?? -1 : -1, stdout: output, stderr: errors + stuck)
}
