import Dispatch

/// The pages step of both drivers: renders, checks and writes pages on all cores, each page to
/// the end before the next. Into a staging folder (`sitegen build`), a page's HTML is dropped
/// once it is written, so a build holds a page per core, not the site; the preview keeps its
/// pages in memory until the check has passed, so that a failed rebuild writes nothing.
struct PageStream {
    enum Destination {
        case staging(StagingFolder)
        /// Kept in `Outcome.files`, in the order of the pages.
        case memory
        /// Rendered and checked only (`sitegen check`).
        case nowhere
    }

    let renderer: PageRenderer
    let check: LinkCheckPlan?
    let destination: Destination
    /// Before every path written: the folder of the language whose pages these are (`fr/`).
    var folder = ""

    struct Outcome {
        var diagnostics: [Diagnostic] = []
        var links: [LinkChecker.PageLinks] = []
        /// The rendered pages, with the `memory` destination.
        var files: [OutputFile] = []
        /// Seconds spent rendering, checking and writing, summed over the threads.
        var threadTimes: [Stage: Double] = [:]
        /// Seconds spent making and writing the data files, summed over the threads.
        var dataSeconds: Double = 0
        var failed: Stage?
    }

    private struct PageOutcome: Sendable {
        var problem: Diagnostic?
        var links: LinkChecker.PageLinks?
        var file: OutputFile?
        var writeError: String?
        var times: (render: Double, check: Double, write: Double, data: Double) = (0, 0, 0, 0)
    }

    /// Renders, checks and writes one page; `kept` false renders it for the check alone.
    private func handle(_ page: Page, kept: Bool) -> PageOutcome {
        if PageRenderer.streams(page) {
            switch destination {
            case .staging(let staging): return stream(page, to: kept ? staging : nil)
            case .nowhere: return stream(page, to: nil)
            case .memory: break
            }
        }
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
        if let check, check.reads(page) { outcome.links = check.checker.scan(page, html: file.bytes) }
        outcome.times.check = lap()
        guard kept else { return outcome }
        switch destination {
        case .staging(let staging):
            do {
                try staging.write(file.inFolder(folder))
            } catch {
                outcome.writeError = (error as? WriteError)?.message ?? "\(error)"
            }
        case .memory: outcome.file = file
        case .nowhere: break
        }
        outcome.times.write = lap()
        return outcome
    }

    /// Renders a page as a stream into its file (nil: for the check alone), read by the link
    /// check piece by piece as it is written: it is never held whole.
    private func stream(_ page: Page, to staging: StagingFolder?) -> PageOutcome {
        var outcome = PageOutcome()
        let start = DispatchTime.now().uptimeNanoseconds
        let reader = check?.reads(page) == true ? HTMLScanner.Reader() : nil
        func produce(_ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
            outcome.problem = renderer.stream(page) { bytes in
                reader?.read(bytes)
                emit(bytes)
            }
        }
        do {
            if let staging { try staging.write(path: folder + page.outputPath, produce: produce) } else { produce { _ in } }
        } catch {
            outcome.writeError = (error as? WriteError)?.message ?? "\(error)"
        }
        if let reader, let check, outcome.problem == nil { outcome.links = check.checker.links(of: page, found: reader.finish()) }
        // Rendering, reading and writing are one stream: its time is the render stage's.
        outcome.times.render = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return outcome
    }

    /// Makes one data file, writing each piece as soon as it is made.
    private func make(_ dataFile: DataFile) -> PageOutcome {
        var outcome = PageOutcome()
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            if case .staging(let staging) = destination {
                try staging.write(DataFile(path: folder + dataFile.path, produce: dataFile.produce))
            }
        } catch {
            outcome.writeError = (error as? WriteError)?.message ?? "\(error)"
        }
        outcome.times.data = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return outcome
    }

    /// Renders, checks and writes `pages`, and makes and writes the data files beside them (first,
    /// since each is long); the check's extra pages are rendered and read too, not written.
    func run(_ pages: [Page], dataFiles: [DataFile] = []) -> Outcome {
        let extra = check?.extra ?? []
        let results = Array(0..<(dataFiles.count + pages.count + extra.count)).parallelMap { item in
            guard !Interruption.requested else { return PageOutcome() }
            if item < dataFiles.count { return make(dataFiles[item]) }
            let page = item - dataFiles.count
            return page < pages.count ? handle(pages[page], kept: true) : handle(extra[page - pages.count], kept: false)
        }
        var outcome = Outcome()
        for result in results {
            if let problem = result.problem { outcome.diagnostics.append(problem) }
            if let links = result.links { outcome.links.append(links) }
            if let file = result.file { outcome.files.append(file) }
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
        if let check { outcome.diagnostics += check.checker.report(outcome.links) }
        return outcome
    }
}
