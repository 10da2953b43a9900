import SiteGenCore

/// What must hold after any input, besides not crashing: sitegen says what is wrong and where.
enum FuzzOracle {
    /// The broken promises, empty when all hold.
    static func problems(in outcome: FuzzOutcome, for input: FuzzInput) -> [String] {
        var problems: [String] = []
        for diagnostic in outcome.diagnostics where diagnostic.severity != .note {
            guard let location = diagnostic.location else {
                problems.append("a diagnostic without a location: \(diagnostic)")
                continue
            }
            guard location.path == outcome.path else { continue }
            // cmark ends a line at LF, CRLF or a lone CR: the loosest count of the file's lines.
            let lines = input.bytes.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 }
            if location.line < 1 || location.column < 1 || location.line > lines + 1 {
                problems.append("a location outside the file (\(lines) lines): \(diagnostic)")
            }
        }
        let reported = outcome.diagnostics.contains { $0.severity == .error && $0.location?.path == outcome.path }
        if !outcome.parsed && !reported {
            problems.append("the file was dropped without an error at its path")
        }
        return problems
    }
}
