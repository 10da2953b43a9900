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

    func error(_ message: String) {
        write("\(colour ? paint("error", .error) : "error"): \(message)")
    }

    func warningSummary(_ report: BuildReport) -> String {
        report.warnings.isEmpty ? "" : " with \(Self.count(report.warnings.count, "warning"))"
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private func paint(_ text: String, _ severity: Diagnostic.Severity) -> String {
        "\u{1B}[1;\(severity == .error ? 31 : 35)m\(text)\u{1B}[0m"
    }

    private func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
