import ArgumentParser
import Foundation
import SiteGenCore

/// `sitegen build`: the whole pipeline, into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into public/.",
        discussion: """
            Reads site.yml, content/, static/ and templates/, checks everything (every link of \
            the rendered pages too, unless --no-link-check), and writes the site into a staging \
            folder that replaces the output folder only when the build succeeds: on any error the \
            previous output is left exactly as it was. Every problem is printed at once, as \
            path:line:column: error: message.
            """
    )

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var contentOptions: ContentOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The output folder (default: public/ in the site folder). Each build replaces it whole, deleting what was in it.",
            valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Replace an output folder that holds files sitegen did not write.")
    var force = false

    @Flag(name: .customLong("no-link-check"), help: "Skip checking the links of the rendered pages.")
    var skipLinkCheck = false

    @Flag(name: .long, help: "Print each step's wall time and peak memory, and the pages' time by thread.")
    var timings = false

    func run() throws {
        try siteOptions.requireSite()
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = BuildOptions(
            siteRoot: siteOptions.siteURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
            includeDrafts: contentOptions.drafts, strict: contentOptions.strict, baseURL: contentOptions.baseURL, force: force,
            checkLinks: !skipLinkCheck)
        options.relativeURLs = contentOptions.relativeURLs
        options.leavesMemoryToExit = true
        let report = SiteBuilder.build(options)
        let console = Console(pathPrefix: siteOptions.displayPrefix)
        console.print(report.diagnostics)
        let outputName = output ?? (siteOptions.displayPrefix + "public")
        if timings { print(Self.describe(report.timings)) }
        if report.succeeded {
            let time = String(format: "%.2f", report.duration)
            print(
                "Built \(report.pagesWritten) pages (\(report.filesWritten) files) in \(time) s → \(outputName)/\(console.warningSummary(report))"
            )
        } else {
            console.error("build failed: \(console.failureSummary(report)); \(outputName)/ was left as it was")
            throw ExitCode(Interruption.requested ? 130 : 1)
        }
    }

    /// `--timings`: each step's wall time and peak memory, then the pages' and data files' time by thread.
    static func describe(_ timings: BuildTimings) -> String {
        let steps = timings.steps.map { step, measure in
            let memory = measure.peakBytes.map { String(format: ", peak %.0f MiB", Double($0) / 1_048_576) } ?? ""
            return String(format: "%@ %.3f s", step.rawValue, measure.seconds) + memory
        }
        let threads = timings.pageThreads
        return steps.joined(separator: "; ")
            + String(
                format: " (summed over threads: pages' render %.3f s, check %.3f s, write %.3f s; data files %.3f s)", threads.render,
                threads.check, threads.write, timings.dataFileThreads)
    }
}
