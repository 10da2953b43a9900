import SiteGenCore

/// The parse and index stages in this process, on the corpus made in memory: how the
/// cross-reference index scales, without the disk.
struct IndexBench {
    let options: BenchOptions

    func run() throws {
        let sizes = options.sizes.filter { $0 <= 10_000 }
        print("\nIndex stage (cross-references included), \(options.entities) entities, in process, median of \(options.runs) runs")
        print("briefings   parse (s)   index (s)   index per briefing (µs)")
        for size in sizes {
            let sources = Corpus(briefings: size, entities: options.entities, seed: 42).sources()
            let (parsed, parseProblems) = SiteParser.parse(sources)
            let errors = parseProblems.filter { $0.severity == .error }
            guard errors.isEmpty, let config = parsed.config else {
                throw BenchError("the corpus does not parse: \(errors.prefix(3).map(\.description))")
            }
            let parseTime = median((0..<options.runs).map { _ in seconds { _ = SiteParser.parse(sources) } })
            let input = IndexInput(config: config, briefings: parsed.briefings, themes: parsed.themes, entities: parsed.entities)
            var problems: [Diagnostic] = []
            let indexTime = median((0..<options.runs).map { _ in seconds { problems = SiteIndexer.index(input).1 } })
            if let error = problems.first(where: { $0.severity == .error }) { throw BenchError("the corpus does not index: \(error)") }
            print(String(format: "%9d   %9.3f   %9.3f   %23.1f", size, parseTime, indexTime, indexTime / Double(size) * 1e6))
        }
    }
}
