import Foundation
import SiteGenCore

/// `make bench`: builds synthetic corpora and reports how each stage scales. Measured here, never
/// asserted in tests. Usage: sitegen-bench [--runs N] [--sizes 1000,10000] [--entities 500]
let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } ?? fallback
}
let runs = Int(option("--runs", "5")) ?? 5
let sizes = option("--sizes", "1000,10000").split(separator: ",").compactMap { Int($0) }
let entityCount = Int(option("--entities", "500")) ?? 500
let serveSizes = option("--serve-sizes", "1000,10000").split(separator: ",").compactMap { Int($0) }
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

if let folder = arguments.firstIndex(of: "--write-corpus").flatMap({ arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }) {
    let size = Int(option("--size", "10000")) ?? 10000
    try Corpus(briefings: size, entities: entityCount, seed: 42).write(
        to: URL(fileURLWithPath: folder), templates: repository.appendingPathComponent("templates"))
    print("Wrote a \(size)-briefing site to \(folder)")
    exit(0)
}

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

print(
    "Index stage (cross-references included), \(entityCount) entities, median of \(runs) runs, \(ProcessInfo.processInfo.activeProcessorCount) cores"
)
print("briefings   parse (s)   index (s)   index per briefing (µs)")
for size in sizes {
    let sources = Corpus(briefings: size, entities: entityCount, seed: 42).sources()
    let (parsed, parseProblems) = SiteParser.parse(sources)
    let errors = parseProblems.filter { $0.severity == .error }
    guard errors.isEmpty, let config = parsed.config else {
        print("the corpus does not parse: \(errors.prefix(3).map(\.description))")
        exit(1)
    }
    let parseTime = median((0..<runs).map { _ in seconds { _ = SiteParser.parse(sources) } })
    let input = IndexInput(config: config, briefings: parsed.briefings, themes: parsed.themes, entities: parsed.entities)
    var problems: [Diagnostic] = []
    let indexTime = median((0..<runs).map { _ in seconds { problems = SiteIndexer.index(input).1 } })
    if let error = problems.first(where: { $0.severity == .error }) {
        print("the corpus does not index: \(error)")
        exit(1)
    }
    let perBriefing = indexTime / Double(size) * 1e6
    print(String(format: "%9d   %9.3f   %9.3f   %23.1f", size, parseTime, indexTime, perBriefing))
}

print("")
print("Preview (sitegen serve's IncrementalBuilder): full build from disk, then rebuilds after editing one briefing, median of \(runs * 4)")
print("briefings   full build (s)   edit text (ms)   edit a mention (ms)   pages rendered")
for size in serveSizes {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bench-\(size)")
    try Corpus(briefings: size, entities: entityCount, seed: 42).write(to: root, templates: repository.appendingPathComponent("templates"))
    defer { try? FileManager.default.removeItem(at: root) }
    let builder = IncrementalBuilder(options: .init(siteRoot: root, output: root.appendingPathComponent(".preview"), onRequest: true))
    var full = builder.build()
    let fullTime = full.duration
    guard full.succeeded else {
        print("the corpus does not build: \(full.errors.prefix(3).map(\.description))")
        exit(1)
    }
    let path = "content/briefings/briefing-\(size / 2).md"
    let url = root.appendingPathComponent(path)
    let original = try String(contentsOf: url, encoding: .utf8)
    var textTimes: [Double] = [], mentionTimes: [Double] = [], rendered: [Int] = []
    for round in 0..<(runs * 4) {
        try (original + "\nAn added sentence, number \(round).\n").write(to: url, atomically: true, encoding: .utf8)
        full = builder.rebuild(changed: [path])
        textTimes.append(full.duration)
        rendered.append(full.pagesRendered)
        if arguments.contains("--stages"), round == 0 {
            print(
                "           text edit by stage (ms): "
                    + Stage.allCases.map { "\($0.rawValue) \(Int((full.stageTimes[$0] ?? 0) * 1000))" }.joined(separator: ", "))
        }
    }
    for round in 0..<(runs * 4) {
        try (original + "\nA mention of Alden Marsh \(round % 3), number \(round).\n").write(to: url, atomically: true, encoding: .utf8)
        full = builder.rebuild(changed: [path])
        mentionTimes.append(full.duration)
    }
    print(
        String(
            format: "%9d   %14.2f   %14.1f   %19.1f   %d / %d", size, fullTime, median(textTimes) * 1000, median(mentionTimes) * 1000,
            rendered.min() ?? 0, full.pagesRendered))
    if arguments.contains("--stages") {
        print(
            "           last rebuild by stage (ms): "
                + Stage.allCases.map { "\($0.rawValue) \(Int((full.stageTimes[$0] ?? 0) * 1000))" }.joined(separator: ", "))
    }
}
