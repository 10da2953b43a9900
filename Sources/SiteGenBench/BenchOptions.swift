import Foundation

/// `sitegen-bench`'s command line. Usage:
///
///     sitegen-bench [--sizes 1000,10000,100000] [--runs 3] [--only full|serve|index|render|floor] [--no-hugo]
///                   [--entities 500] [--serve-size 10000] [--render-size 10000] [--render-only contexts|templates]
///                   [--edit text,title,themes,entities,link,date] [--stages]
///     sitegen-bench --write-corpus DIR [--size N] [--hugo]
struct BenchOptions {
    let arguments: [String]

    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    func value(_ name: String) -> String? {
        arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
    }

    func flag(_ name: String) -> Bool { arguments.contains(name) }

    private func numbers(_ name: String, _ fallback: [Int]) -> [Int] {
        value(name).map { $0.split(separator: ",").compactMap { Int($0.filter(\.isNumber)) } } ?? fallback
    }

    /// Briefing counts of the full builds.
    /// Smallest first, however given: a child's peak memory counts the bench's own at its start
    /// (see `Measure.run`), and the bench holds each corpus it makes.
    var sizes: [Int] { numbers("--sizes", [1000, 10_000, 100_000]).sorted() }
    /// Timed rebuilds per size, the same at every size: the 100,000 figure is divided by the
    /// 10,000 one, and one run of it moved by a fifth from hour to hour on this VM's disk.
    var runs: Int { Int(value("--runs") ?? "") ?? 3 }
    var entities: Int { Int(value("--entities") ?? "") ?? 500 }
    var serveSize: Int { Int(value("--serve-size") ?? "") ?? 10_000 }
    /// Briefings of the in-process render stage's corpus.
    var renderSize: Int { Int(value("--render-size") ?? "") ?? 10_000 }
    var hugo: Bool { !flag("--no-hugo") }
    func includes(_ part: String) -> Bool { value("--only").map { $0.split(separator: ",").contains(Substring(part)) } ?? true }

    /// The release `sitegen` built beside this program.
    var sitegen: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("sitegen").path
    }

    var workFolder: URL { FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bench") }
    /// What the bench is done with, deleted at its end (see `Trash`).
    var trash: Trash { Trash(folder: workFolder.appendingPathComponent("trash")) }
}

/// The figures the performance issue sets, with what was measured.
struct Goals {
    private var rows: [(goal: String, measured: String, met: Bool?)] = []

    mutating func add(_ goal: String, _ measured: String, met: Bool?) {
        rows.append((goal, measured, met))
    }

    func print() {
        guard !rows.isEmpty else { return }
        Swift.print("\nGoals")
        let width = rows.map(\.goal.count).max() ?? 0
        let measuredWidth = rows.map(\.measured.count).max() ?? 0
        for row in rows {
            let verdict = row.met.map { $0 ? "met" : "missed" } ?? "not measured"
            Swift.print(
                "  " + row.goal.padding(toLength: width, withPad: " ", startingAt: 0) + "   "
                    + row.measured.padding(toLength: measuredWidth, withPad: " ", startingAt: 0) + "   " + verdict)
        }
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func mebibytes(_ bytes: Int) -> String {
    bytes >= 1 << 30 ? String(format: "%.2f GiB", Double(bytes) / Double(1 << 30)) : "\(bytes >> 20) MiB"
}

extension Int {
    /// 10000 → "10,000".
    var grouped: String {
        let digits = Array(String(self))
        return String(
            digits.enumerated().flatMap { ($0.offset > 0 && (digits.count - $0.offset) % 3 == 0) ? [",", $0.element] : [$0.element] })
    }
}

/// `text` right-aligned in `width` columns.
func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}
