import Foundation
import SiteGenCore
import SiteGenTemplates

/// The render stage alone, in this process: every page of the corpus through its context and
/// the built-in theme's templates (Markdown to HTML included), on all cores, without the link
/// check or the disk. CPU time is each thread's own (`CLOCK_THREAD_CPUTIME_ID`), summed.
struct RenderBench {
    let options: BenchOptions

    func run(goals: inout Goals) throws {
        let size = options.renderSize
        var sources = Corpus(briefings: size, entities: options.entities, seed: 42).sources()
        sources.templates = BuiltinTheme.completing(templates: [], assets: []).templates
        let (parsed, problems) = SiteParser.parse(sources)
        guard let config = parsed.config, let templates = parsed.templates else {
            throw BenchError("the corpus does not parse: \(problems.prefix(3).map(\.description))")
        }
        let (index, _) = SiteIndexer.index(
            IndexInput(config: config, briefings: parsed.briefings, themes: parsed.themes, entities: parsed.entities))
        let pages = index.pages
        print(
            "\nRender stage: \(pages.count.grouped) pages of \(size.grouped) briefings through the built-in theme, in process, median of \(options.runs) runs"
        )
        print("part                                   thread-seconds   per page (µs)   wall (s)   output (MiB)")
        var runs: [(cpu: Double, wall: Double, bytes: Int)] = []
        var contexts: [(cpu: Double, wall: Double, bytes: Int)] = []
        var fills: [(cpu: Double, wall: Double, bytes: Int)] = []
        // `--render-only contexts|templates` runs one half alone, to profile it.
        let only = options.value("--render-only")
        let renderer = PageRenderer(index: index, templates: templates)
        var ready: [TemplateValue] = []
        for _ in 0..<options.runs {
            if only == nil { runs.append(measure(pages, PageRenderer(index: index, templates: templates)) { $0.render($1.page) }) }
            // The same, in two halves: contexts (Markdown to HTML included), then templates alone.
            if only != "templates" || ready.isEmpty {
                let made = UnsafeMutableBufferPointer<TemplateValue>.allocate(capacity: pages.count)
                made.initialize(repeating: .null)
                defer { made.deallocate() }
                nonisolated(unsafe) let slots = made
                let fresh = PageRenderer(index: index, templates: templates)
                contexts.append(
                    measure(pages, fresh) { renderer, page in
                        slots[page.position] = renderer.context(for: page.page)
                        return .success(OutputFile(path: "", bytes: []))
                    })
                ready = Array(made)
            }
            let values = ready
            if only != "contexts" {
                fills.append(measure(pages, renderer) { renderer, page in renderer.render(page.page, context: values[page.position]) })
            }
        }
        // With --render-only, only the half measured is printed, and there is no goal to judge.
        for (label, figures) in [
            ("render stage (context and template)", runs), ("  contexts alone", contexts), ("  templates alone", fills),
        ] where !figures.isEmpty {
            let cpu = median(figures.map(\.cpu)), wall = median(figures.map(\.wall))
            print(
                label.padding(toLength: 37, withPad: " ", startingAt: 0)
                    + String(
                        format: "  %14.2f   %13.1f   %8.2f   %12.1f", cpu, cpu / Double(pages.count) * 1e6, wall,
                        Double(figures[0].bytes) / 1_048_576))
        }
        // Where the contexts' time goes, by kind of page (one thread, after a warm-up run above).
        let single = PageRenderer(index: index, templates: templates)
        var byKind: [String: (count: Int, seconds: Double)] = [:]
        for page in pages {
            let begin = Measure.threadSeconds()
            _ = single.context(for: page)
            byKind[page.kind.rawValue, default: (0, 0)].count += 1
            byKind[page.kind.rawValue]!.seconds += Measure.threadSeconds() - begin
        }
        print(
            "contexts by kind of page: "
                + byKind.sorted { $0.value.seconds > $1.value.seconds }.map {
                    String(format: "%@ %.2f s (%d)", $0.key, $0.value.seconds, $0.value.count)
                }.joined(separator: ", "))
        if size == 10_000, !runs.isEmpty {
            let cpu = median(runs.map(\.cpu))
            goals.add(
                "render stage at 10,000 briefings: at most 1.5 thread-seconds", String(format: "%.2f thread-seconds", cpu), met: cpu <= 1.5)
        }
    }

    private func measure(
        _ pages: [Page], _ renderer: PageRenderer,
        _ work: @Sendable (PageRenderer, (page: Page, position: Int)) -> Result<OutputFile, Diagnostic>
    ) -> (cpu: Double, wall: Double, bytes: Int) {
        let run = Measure.onAllCores(pages.count) { position in
            if case .success(let file) = work(renderer, (pages[position], position)) { return file.bytes.count }
            return 0
        }
        return (run.cpu, run.wall, run.total)
    }

}
