import ArgumentParser
import Foundation
import SiteGenCore

/// `sitegen check`: everything `build` checks, and every link of the rendered pages; writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site without writing anything: content, templates and every link.",
        discussion: """
            Runs every check of 'sitegen build' — front-matter, themes, entities, links between \
            content files — then renders the pages in memory and checks that every internal href \
            and src leads to a page or file of the site and every #fragment to an id on that page. \
            Each broken link is reported at the Markdown link it comes from, or at the template. \
            Links are settled where they are made (Markdown, sources, each template once); only \
            pages with a link that cannot be settled so are read as HTML. --scan-every-page reads \
            every page with libxml2 instead: slower, and the same findings. With stale_after_days \
            in site.yml it also warns about sources whose 'accessed' date is older than that. \
            Exits with 1 when there is a problem.
            """
    )

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var contentOptions: ContentOptions

    @Flag(name: .long, help: "Read every rendered page's HTML to check its links (slower; finds the same).")
    var scanEveryPage = false

    func run() throws {
        try siteOptions.requireSite()
        var options = BuildOptions(
            siteRoot: siteOptions.siteURL, output: siteOptions.siteURL.appendingPathComponent("public"),
            includeDrafts: contentOptions.drafts,
            strict: contentOptions.strict, baseURL: contentOptions.baseURL, scanEveryPage: scanEveryPage, write: false)
        options.relativeURLs = contentOptions.relativeURLs
        options.leavesMemoryToExit = true
        let report = SiteBuilder.build(options)
        let console = Console(pathPrefix: siteOptions.displayPrefix)
        console.print(report.diagnostics)
        guard report.succeeded else {
            console.error("check failed: \(console.failureSummary(report))")
            throw ExitCode(1)
        }
        let checked = "\(report.pagesWritten) pages and their links"
        // "No problems" only when there is none: warnings are problems, printed above.
        let warnings = report.warnings.count
        print(warnings == 0 ? "No problems in \(checked)." : "No errors in \(checked); \(Console.count(warnings, "warning")) above.")
    }
}
