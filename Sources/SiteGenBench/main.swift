import Foundation

/// `make bench`: full builds against Hugo, preview rebuilds and the index stage, on generated
/// corpora; each figure is printed against its goal. Measured here, never asserted in tests.
let options = BenchOptions(CommandLine.arguments)

do {
    if let folder = options.value("--write-corpus") {
        let size = Int(options.value("--size") ?? "") ?? 10_000
        let corpus = Corpus(briefings: size, entities: options.entities, seed: 42)
        if FileManager.default.fileExists(atPath: folder) { try FileManager.default.removeItem(atPath: folder) }
        if options.flag("--hugo") {
            try corpus.writeHugoSite(to: URL(fileURLWithPath: folder))
        } else {
            try corpus.write(to: URL(fileURLWithPath: folder))
        }
        print("Wrote a \(size.grouped)-briefing \(options.flag("--hugo") ? "Hugo " : "")site to \(folder)")
        exit(0)
    }
    let memory = options.includes("full") ? MemoryCheck.warning(sizes: options.sizes) : nil
    for warning in [options.trash.warning(), memory].compactMap({ $0 }) {
        FileHandle.standardError.write(Data("sitegen-bench: \(warning)\n".utf8))
    }
    var goals = Goals()
    if options.includes("full") { try FullBuildBench(options: options).run(goals: &goals) }
    if options.includes("serve") { try PreviewBench(options: options).run(goals: &goals) }
    if options.includes("index") { try IndexBench(options: options).run() }
    if options.includes("render") { try RenderBench(options: options).run(goals: &goals) }
    if options.includes("floor") { try FloorBench(options: options).run() }
    goals.print()
    try options.trash.empty()
} catch {
    FileHandle.standardError.write(Data("sitegen-bench: \(error)\n".utf8))
    exit(1)
}
