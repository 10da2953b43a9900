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
        print("first full build (s)   edit its text (ms)   edit so it names another entity (ms)   pages rendered")
        let root = options.workFolder.appendingPathComponent("serve-\(size)")
        try Corpus(briefings: size, entities: options.entities, seed: 42).write(
            to: root, templates: options.repository.appendingPathComponent("templates"))
        defer { try? FileManager.default.removeItem(at: root) }
        let builder = IncrementalBuilder(options: .init(siteRoot: root, output: root.appendingPathComponent(".preview"), onRequest: true))
        var report = builder.build()
        guard report.succeeded else { throw BenchError("the corpus does not build: \(report.errors.prefix(3).map(\.description))") }
        let fullTime = report.duration
        let path = "content/briefings/briefing-\(size / 2).md"
        let url = root.appendingPathComponent(path)
        let original = try String(contentsOf: url, encoding: .utf8)
        var textTimes: [Double] = [], mentionTimes: [Double] = [], rendered: [Int] = []
        for round in 0..<edits {
            try Corpus.write(original + "\nAn added sentence, number \(round).\n", to: url)
            report = builder.rebuild(changed: [path])
            textTimes.append(report.duration)
            if options.flag("--stages"), round == 0 {
                print(
                    "text edit by stage (ms): "
                        + Stage.allCases.map { "\($0.rawValue) \(Int((report.stageTimes[$0] ?? 0) * 1000))" }.joined(separator: ", "))
            }
            rendered.append(report.pagesRendered)
        }
        var mentionRendered = 0
        for round in 0..<edits {
            try Corpus.write(original + "\nA mention of Alden Marsh \(round % 3), number \(round).\n", to: url)
            report = builder.rebuild(changed: [path])
            mentionTimes.append(report.duration)
            mentionRendered = report.pagesRendered
        }
        try Corpus.write(original, to: url)
        print(
            String(
                format: "%20.2f   %18.1f   %36.1f   %d and %d", fullTime, median(textTimes) * 1000, median(mentionTimes) * 1000,
                rendered.min() ?? 0, mentionRendered))
        if options.flag("--stages") {
            print(
                "last rebuild by stage (ms): "
                    + Stage.allCases.map { "\($0.rawValue) \(Int((report.stageTimes[$0] ?? 0) * 1000))" }.joined(separator: ", "))
        }
        let textMedian = median(textTimes)
        goals.add(
            "serve: median rebuild after editing one briefing of \(size.grouped): under 50 ms",
            String(format: "%.1f ms (%.0f ms when the edit names another entity)", textMedian * 1000, median(mentionTimes) * 1000),
            met: size >= 10_000 ? textMedian < 0.05 : nil)
    }
}
