import Foundation

/// `sitegen build` on generated sites of each size, in a fresh process each run, and `hugo` on
/// the same corpus written as a Hugo site, when it is installed.
struct FullBuildBench {
    let options: BenchOptions

    struct Result {
        var size: Int
        /// The pages sitegen wrote (lists are paginated, so more than one per briefing and entity).
        var pages: Int
        /// Rebuilds over the tool's own previous output: median time, and the largest peak of the
        /// first build and the rebuilds (the uncounted second build is not measured).
        var sitegen: (seconds: Double, peak: Int)
        /// The median CPU time (user and system, all threads) of sitegen's rebuilds.
        var sitegenCPU = 0.0
        /// The median over the rebuilds of the core-seconds in which no core ran sitegen: wall
        /// time × cores − CPU time. Serial steps leave a core idle at every size; a build that
        /// waits on the disk shows it here, and not in its CPU time.
        var sitegenIdle = 0.0
        var hugo: (seconds: Double, peak: Int)?
        /// sitegen's time over Hugo's, each rebuild against the Hugo rebuild run just after it: the
        /// median of these ratios.
        var ratio: Double?
        /// The first build of each, into a folder that does not exist yet.
        var first: (sitegen: Double, hugo: Double?)
    }

    func run(goals: inout Goals) throws {
        let hugo = options.hugo ? Measure.which("hugo") : nil
        print(
            "Full build: `sitegen build` (link check included) from a fresh process, a first build into no output folder, a second "
                + "not counted, then rebuilds over the previous output, \(options.runs) at each size, each run after a sync, "
                + (hugo == nil
                    ? "\(ProcessInfo.processInfo.activeProcessorCount) cores; without hugo (--no-hugo, or not installed: apt-get install hugo), so with no comparison"
                    : "each followed by Hugo's, \(ProcessInfo.processInfo.activeProcessorCount) cores: medians, and the median of the ratios")
        )
        print(
            "briefings      pages   sitegen (s)   cpu (s)   idle (core-s)   per page (µs)   peak memory   hugo (s)   hugo memory   sitegen / hugo   first build (s): sitegen, hugo"
        )
        var results: [Result] = []
        for size in options.sizes {
            let result = try measure(size, hugo: hugo)
            results.append(result)
            let pages = result.pages
            var line =
                right(size.grouped, 9) + "  " + right(pages.grouped, 9)
                + String(
                    format: "   %11.2f   %7.2f   %13.2f   %13.0f   ", result.sitegen.seconds, result.sitegenCPU,
                    result.sitegenIdle, result.sitegen.seconds / Double(pages) * 1e6)
                + right(mebibytes(result.sitegen.peak), 11)
            if let hugo = result.hugo, let ratio = result.ratio {
                line += String(format: "   %8.2f   ", hugo.seconds) + right(mebibytes(hugo.peak), 11) + String(format: "   %14.2f", ratio)
            } else {
                line += String(repeating: " ", count: 46)
            }
            line += String(format: "   %10.2f", result.first.sitegen) + (result.first.hugo.map { String(format: ", %.2f", $0) } ?? "")
            print(line)
        }
        addGoals(results, to: &goals)
    }

    /// A first build of each tool, a second not counted, then rebuilds, each of sitegen's followed
    /// by one of Hugo's so that both meet the disk in much the same state, each after a `sync`. A
    /// rebuild is what a writer runs again and again. The input is unchanged between rebuilds, so
    /// sitegen skips every file whose bytes are the same while Hugo writes them all again: what
    /// each does. It is also what Hugo's runs measured before this order (its output folder stays
    /// between runs), while sitegen's median was a build with no earlier output to reuse.
    private func measure(_ size: Int, hugo: String?) throws -> Result {
        let corpus = Corpus(briefings: size, entities: options.entities, seed: 42)
        let site = options.workFolder.appendingPathComponent("site-\(size)")
        try options.trash.discard(site)
        try corpus.write(to: site)
        defer { try? options.trash.discard(site) }
        let hugoSite = options.workFolder.appendingPathComponent("hugo-\(size)")
        try options.trash.discard(hugoSite)
        if hugo != nil { try corpus.writeHugoSite(to: hugoSite) }
        defer { try? options.trash.discard(hugoSite) }

        // Each run starts once the disk has written what came before (`sync`, not timed): the
        // corpus just written, the other tool's output. Otherwise each run pays for the writes
        // of the one before it.
        func sitegen() throws -> Measurement {
            sync()
            let run = Measure.run(options.sitegen, ["build", "--site", site.path, "--force"])
            guard run.succeeded else { throw BenchError("sitegen build failed on \(size) briefings:\n\(run.errors.prefix(2000))") }
            return run
        }
        func hugoBuild(_ hugo: String) throws -> Measurement {
            sync()
            let run = Measure.run(hugo, ["--source", hugoSite.path, "--quiet"])
            guard run.succeeded else { throw BenchError("hugo failed on \(size) briefings:\n\(run.errors.prefix(2000))") }
            return run
        }
        let firstSitegen = try sitegen()
        let firstHugo = try hugo.map(hugoBuild)
        // A second build, not counted: from the third on, sitegen has the output before last to
        // write over (its spare), as every later rebuild of a site has.
        _ = try sitegen()
        _ = try hugo.map(hugoBuild)
        var ours: [Measurement] = [], theirs: [Measurement] = []
        for _ in 0..<options.runs {
            ours.append(try sitegen())
            if let hugo { theirs.append(try hugoBuild(hugo)) }
        }
        var result = Result(
            size: size, pages: Self.pages(in: site.appendingPathComponent("public")),
            sitegen: (median(ours.map(\.seconds)), (ours + [firstSitegen]).map(\.peakBytes).max() ?? 0),
            first: (firstSitegen.seconds, firstHugo?.seconds))
        result.sitegenCPU = median(ours.map(\.cpuSeconds))
        let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
        result.sitegenIdle = median(ours.map { $0.seconds * cores - $0.cpuSeconds })
        if let firstHugo, !theirs.isEmpty {
            result.hugo = (median(theirs.map(\.seconds)), (theirs + [firstHugo]).map(\.peakBytes).max() ?? 0)
            result.ratio = median(zip(ours, theirs).map { $0.seconds / $1.seconds })
        }
        return result
    }

    /// The HTML pages under a built site's output folder.
    static func pages(in output: URL) -> Int {
        let files = FileManager.default.enumerator(atPath: output.path)
        var count = 0
        while let path = files?.nextObject() as? String {
            if path.hasSuffix(".html") { count += 1 }
        }
        return count
    }

    private func addGoals(_ results: [Result], to goals: inout Goals) {
        let tenK = results.first { $0.size == 10_000 }
        let hundredK = results.first { $0.size == 100_000 }
        if let tenK, let hugo = tenK.hugo, let ratio = tenK.ratio {
            goals.add(
                "10,000 briefings: at most 1/3 of Hugo's time (rebuilds)",
                String(format: "%.2f × Hugo's (medians %.2f s and %.2f s)", ratio, tenK.sitegen.seconds, hugo.seconds),
                met: ratio <= 1.0 / 3)
            // The same goal for the first build, into no output folder: one run each.
            if let first = tenK.first.hugo {
                let ratio = tenK.first.sitegen / first
                goals.add(
                    "10,000 briefings: at most 1/3 of Hugo's time (first build)",
                    String(format: "%.2f × Hugo's (%.2f s and %.2f s, one run)", ratio, tenK.first.sitegen, first), met: ratio <= 1.0 / 3)
            }
        } else {
            goals.add("10,000 briefings: at most 1/3 of Hugo's time", "needs hugo and the 10,000 size", met: nil)
        }
        if let tenK {
            goals.add("10,000 briefings: at most 250 MiB", mebibytes(tenK.sitegen.peak), met: tenK.sitegen.peak <= 250 << 20)
        }
        if let tenK, let hundredK {
            let ratio = hundredK.sitegen.seconds / tenK.sitegen.seconds
            // The CPU time's ratio beside, and the idle core-seconds: the wall time's ratio moves
            // with this VM's speed and its disk from minute to minute.
            goals.add(
                "100,000 briefings: at most 10 × the 10,000 time",
                String(
                    format: "%.1f × (%.1f s; CPU time: %.1f ×; idle: %.1f core-s, %.1f at 10,000)", ratio, hundredK.sitegen.seconds,
                    hundredK.sitegenCPU / tenK.sitegenCPU, hundredK.sitegenIdle, tenK.sitegenIdle),
                met: ratio <= 10)
        }
        if let hundredK {
            goals.add("100,000 briefings: under 2 GiB", mebibytes(hundredK.sitegen.peak), met: hundredK.sitegen.peak < 2 << 30)
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
