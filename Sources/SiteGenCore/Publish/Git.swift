import Foundation

/// Runs the git command line.
struct Git: Sendable {
    /// The working folder, or nil to run where sitegen runs.
    var folder: URL?
    var environment: [String: String] = [:]

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    @discardableResult
    func run(_ arguments: [String], allowFailure: Bool = false) throws -> Result {
        var environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // No prompts, no user or system configuration that could change what is committed.
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        let run: ChildProcess.Result
        do {
            run = try ChildProcess.run("git", (folder.map { ["-C", $0.path] } ?? []) + arguments, environment: environment)
        } catch {
            throw PublishError("\(error.localizedDescription); install git to publish to a branch")
        }
        let result = Result(status: run.status?.code ?? 1, output: run.output, errors: run.errors)
        if result.status != 0, !allowFailure {
            throw PublishError("git \(arguments.first ?? "") failed: \(result.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return result
    }
}
