import Dispatch

/// Renders, checks and writes the pages on all cores, each page to the end before the next: a
/// page's HTML is dropped once it is written, so a build holds a page per core, not the site.
struct PageStream {
    let renderer: PageRenderer
    let checker: LinkChecker?
    /// The output paths of the pages the checker reads; nil for every page.
    let scanning: Set<String>?
    let staging: StagingFolder?

    struct Outcome {
        var diagnostics: [Diagnostic] = []
        var links: [LinkChecker.PageLinks] = []
        /// Seconds spent rendering, checking and writing, summed over the threads.
        var threadTimes: [Stage: Double] = [:]
        /// Seconds spent making and writing the data files, summed over the threads.
        var dataSeconds: Double = 0
        var failed: Stage?
    }

    private struct PageOutcome: Sendable {
        var problem: Diagnostic?
        var links: LinkChecker.PageLinks?
        var writeError: String?
        var times: (render: Double, check: Double, write: Double, data: Double) = (0, 0, 0, 0)
    }

    private func handle(_ page: Page) -> PageOutcome {
        var outcome = PageOutcome()
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            defer { clock = now }
            return Double(now - clock) / 1e9
        }
        let file: OutputFile
        switch renderer.render(page) {
        case .success(let rendered): file = rendered
        case .failure(let problem):
            outcome.problem = problem
            return outcome
        }
        outcome.times.render = lap()
        if scanning?.contains(page.outputPath) ?? true { outcome.links = checker?.scan(page, html: file.bytes) }
        outcome.times.check = lap()
        do {
            try staging?.write(file)
        } catch {
            outcome.writeError = (error as? WriteError)?.message ?? "\(error)"
        }
        outcome.times.write = lap()
        return outcome
    }

    /// Makes one data file, writing each piece as soon as it is made.
    private func make(_ dataFile: DataFile) -> PageOutcome {
        var outcome = PageOutcome()
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            try staging?.write(dataFile)
        } catch {
            outcome.writeError = (error as? WriteError)?.message ?? "\(error)"
        }
        outcome.times.data = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return outcome
    }

    /// Renders, checks and writes `pages`, and makes and writes the data files beside them (first,
    /// since each is long).
    func run(_ pages: [Page], dataFiles: [DataFile] = []) -> Outcome {
        let results = Array(0..<(dataFiles.count + pages.count)).parallelMap { item in
            guard !Interruption.requested else { return PageOutcome() }
            return item < dataFiles.count ? make(dataFiles[item]) : handle(pages[item - dataFiles.count])
        }
        var outcome = Outcome()
        for result in results {
            if let problem = result.problem { outcome.diagnostics.append(problem) }
            if let links = result.links { outcome.links.append(links) }
            if let message = result.writeError, outcome.failed == nil {
                outcome.failed = .write
                outcome.diagnostics.append(.error(.write, at: nil, "cannot write the output: \(message); the previous output is unchanged"))
            }
            outcome.threadTimes[.render, default: 0] += result.times.render
            outcome.threadTimes[.check, default: 0] += result.times.check
            outcome.threadTimes[.write, default: 0] += result.times.write
            outcome.dataSeconds += result.times.data
        }
        if outcome.failed == nil, outcome.diagnostics.contains(where: { $0.severity == .error }) { outcome.failed = .render }
        if Interruption.requested {
            outcome.failed = outcome.failed ?? .render
            outcome.diagnostics.append(Interruption.diagnostic(at: .render))
            return outcome
        }
        if let checker { outcome.diagnostics += checker.report(outcome.links) }
        return outcome
    }
}
