import Foundation

/// Prints what an input did, to standard error.
enum FuzzReport {
    /// `SITEGEN_FUZZ_VERBOSE=1` prints every input's outcome, also under libFuzzer.
    static let verbose = ProcessInfo.processInfo.environment["SITEGEN_FUZZ_VERBOSE"] == "1"

    static func print(_ outcome: FuzzOutcome, problems: [String], name: String) {
        let stages = [("split", outcome.split), ("parsed", outcome.parsed), ("rendered", outcome.rendered)]
            .map { $0.1 ? $0.0 : "not \($0.0)" }
        var lines = ["\(name): \(stages.joined(separator: ", ")); \(outcome.htmlBytes) bytes of HTML"]
        lines += outcome.diagnostics.sorted().map { "  \($0)" }
        lines += problems.map { "  BROKEN: \($0)" }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
