import Foundation
import SiteGenCore

/// Prints diagnostics to standard error, in colour when that is a terminal (and NO_COLOR is unset).
struct Console {
    /// Put before every path, so paths are relative to the current folder, not the site's.
    var pathPrefix = ""
    private let colour = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            var shown = diagnostic
            shown.location?.path = pathPrefix + (diagnostic.location?.path ?? "")
            let label = diagnostic.severity.rawValue
            let line = shown.description
            write(
                colour
                    ? line.replacingOccurrences(
                        of: "\(label):", with: paint(label, diagnostic.severity) + ":", options: [], range: line.range(of: "\(label):"))
                    : line)
        }
    }

    func warning(_ message: String) {
        write("\(colour ? paint("warning", .warning) : "warning"): \(message)")
    }

    func error(_ message: String) {
        write("\(colour ? paint("error", .error) : "error"): \(message)")
    }

    func warningSummary(_ report: BuildReport) -> String {
        report.warnings.isEmpty ? "" : " with \(Self.count(report.warnings.count, "warning"))"
    }

    /// "2 errors (parse: 1, index: 1)", or "1 warning treated as an error (--strict)".
    func failureSummary(_ report: BuildReport) -> String {
        guard !report.errors.isEmpty else {
            let n = report.warnings.count
            return "\(Self.count(n, "warning")) treated as \(n == 1 ? "an error" : "errors") (--strict)"
        }
        let byStage = Dictionary(grouping: report.errors, by: \.stage).sorted { $0.key < $1.key }
        return "\(Self.count(report.errors.count, "error")) ("
            + byStage.map { "\($0.key.rawValue): \($0.value.count)" }.joined(separator: ", ") + ")"
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private func paint(_ text: String, _ severity: Diagnostic.Severity) -> String {
        let code =
            switch severity {
            case .error: 31
            case .warning: 35
            case .note: 36
            }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }

    private func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
