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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + (folder.map { ["-C", $0.path] } ?? []) + arguments
        var merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // No prompts, no user or system configuration that could change what is committed.
        merged["GIT_TERMINAL_PROMPT"] = "0"
        merged["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = merged
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw PublishError("cannot run git: \(error.localizedDescription); install git to publish to a branch")
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = Result(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
        if result.status != 0, !allowFailure {
            if result.status == 127 { throw PublishError("git is not installed; install git to publish to a branch") }
            throw PublishError("git \(arguments.first ?? "") failed: \(result.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return result
    }
}
