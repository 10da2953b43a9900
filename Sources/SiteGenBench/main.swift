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
