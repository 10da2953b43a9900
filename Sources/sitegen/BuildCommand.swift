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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The output folder (default: public/ in the site folder). Each build replaces it whole, deleting what was in it.",
            valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Include briefings marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Override base_url of site.yml, e.g. http://localhost:8000/.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Replace an output folder that holds files sitegen did not write.")
    var force = false

    @Flag(name: .customLong("no-link-check"), help: "Skip checking the links of the rendered pages.")
    var skipLinkCheck = false

    @Flag(name: .long, help: "Print the time each stage took.")
    var timings = false

    func validate() throws {
        if let baseURL, BaseURL.normalised(baseURL) == nil {
            throw ValidationError(
                "--base-url takes an http(s) URL such as https://example.org/briefings/, or a path starting with '/', not '\(baseURL)'")
        }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = BuildOptions(
            siteRoot: siteOptions.siteURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
            includeDrafts: drafts, strict: strict, baseURL: baseURL, force: force,
            checkLinks: !skipLinkCheck)
        let report = SiteBuilder.build(options)
        let console = Console(pathPrefix: siteOptions.displayPrefix)
        console.print(report.diagnostics)
        let outputName = output ?? (siteOptions.displayPrefix + "public")
        if timings {
            func seconds(_ times: [Stage: Double], _ stage: Stage) -> String { String(format: "%.3f s", times[stage] ?? 0) }
            let wall = report.stageTimes, threads = report.pageTimes
            print(
                "load \(seconds(wall, .load)), parse \(seconds(wall, .parse)), index \(seconds(wall, .index)), data files \(seconds(wall, .render)), "
                    + "pages \(seconds(wall, .write)) (summed over threads: render \(seconds(threads, .render)), "
                    + "check \(seconds(threads, .check)), write \(seconds(threads, .write)))")
        }
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
}
