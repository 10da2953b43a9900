import Foundation
import SiteGenCore

/// `sitegen serve`'s rebuilds: a site written to disk, built once by the `IncrementalBuilder` as
/// the preview server runs it, then one briefing edited again and again.
struct PreviewBench {
    let options: BenchOptions

    func run(goals: inout Goals) throws {
        let size = options.serveSize
        let edits = max(12, options.runs * 4)
        print("\nPreview (sitegen serve): rebuild after saving one briefing of \(size.grouped), median of \(edits) edits")
        let root = options.workFolder.appendingPathComponent("serve-\(size)")
        try options.trash.discard(root)
        try Corpus(briefings: size, entities: options.entities, seed: 42).write(to: root)
        defer { try? options.trash.discard(root) }
        let builder = IncrementalBuilder(options: .init(siteRoot: root, output: root.appendingPathComponent(".preview"), onRequest: true))
        var report = builder.build()
        guard report.succeeded else { throw BenchError("the corpus does not build: \(report.errors.prefix(3).map(\.description))") }
        print(String(format: "first full build: %.2f s", report.duration))
        let path = "content/briefings/briefing-\(size / 2).md"
        let url = root.appendingPathComponent(path)
        let original = try String(contentsOf: url, encoding: .utf8)
        print("kind of edit                               median (ms)   pages rendered   whole site indexed")
        var worst = (kind: "", median: 0.0)
        let only = options.value("--edit").map { Set($0.split(separator: ",").map(String.init)) }
        for kind in EditKind.allCases where only?.contains("\(kind)") ?? true {
            var times: [Double] = [], pages: [Int] = [], whole = 0, stages: [Stage: Double] = [:]
            for round in 0..<edits {
                try Corpus.write(kind.apply(to: original, round: round), to: url)
                report = builder.rebuild(changed: [path])
                guard report.succeeded else { throw BenchError("\(kind.rawValue): \(report.errors.prefix(3).map(\.description))") }
                times.append(report.duration)
                stages = report.stageTimes
                pages.append(report.pagesRendered)
                if report.indexedWholeSite { whole += 1 }
                // Back to the original, so that each round makes the same change.
                try Corpus.write(original, to: url)
                report = builder.rebuild(changed: [path])
            }
            let middle = median(times)
            if middle > worst.median { worst = (kind.rawValue, middle) }
            print(
                kind.rawValue.padding(toLength: 41, withPad: " ", startingAt: 0)
                    + String(format: "%13.1f   %14d   %12d of %d", middle * 1000, pages.sorted()[pages.count / 2], whole, edits))
            if options.flag("--stages") {
                print(
                    "  its last edit by stage (ms): "
                        + Stage.allCases.compactMap { stage in
                            stages[stage].map { "\(stage.rawValue) \(String(format: "%.1f", $0 * 1000))" }
                        }
                        .joined(separator: ", "))
            }
        }
        goals.add(
            "serve: any single-briefing edit of \(size.grouped) rebuilt in a median under 100 ms",
            String(format: "slowest: %@, %.1f ms", worst.kind, worst.median * 1000),
            met: size >= 10_000 && only == nil ? worst.median < 0.1 : nil)
    }
}

/// The edits a writer makes to one briefing, each measured on its own.
enum EditKind: String, CaseIterable {
    case text = "its text"
    case title = "its title"
    case themes = "its themes"
    case entities = "the entities it names"
    case link = "a link to another briefing"
    case date = "its date, to a new place in the order"

    func apply(to original: String, round: Int) -> String {
        switch self {
        case .text: return original + "\nAn added sentence, number \(round).\n"
        case .title: return replacing("title:", in: original) { _ in "title: A new title \(round)" }
        case .themes: return replacing("themes:", in: original) { _ in "themes: [participants, next-steps]" }
        case .entities: return original + "\nA mention of Alden Marsh \(round % 3), number \(round).\n"
        case .link: return original + "\nSee [another](briefing-\(round + 1).md).\n"
        case .date: return replacing("date:", in: original) { _ in "date: 1999-01-01" }
        }
    }

    private func replacing(_ key: String, in text: String, with line: (String) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix(key) ? line(String($0)) : String($0) }
            .joined(separator: "\n")
    }
}
