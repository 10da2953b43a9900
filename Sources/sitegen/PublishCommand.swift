import ArgumentParser
import Foundation
import SiteGenCore

/// `sitegen publish`: build for publishing, check everything, then ship.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Build the site for publishing, check it, and publish it to a folder or a git branch.",
        discussion: """
            Builds with base_url of site.yml, without drafts, and runs every check of 'sitegen \
            check'. On any error nothing is published and the target is left as it was.

            --to DIR writes new and changed files into DIR (each replaced atomically) and removes \
            the files an earlier publish put there that the site no longer has; other files in \
            DIR are left alone.

            --git REMOTE puts the site as one new commit on a branch (default gh-pages) of that \
            repository, with .nojekyll, and CNAME when site.yml names one, and pushes it: history \
            is kept and nothing is force-pushed. The commit's author and date come from the \
            content; no commit is made when the branch already holds this site.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .customLong("to"), help: ArgumentHelp("Publish into this folder.", valueName: "dir"))
    var folder: String?

    @Option(name: .long, help: ArgumentHelp("Publish as a commit on a branch of this git repository (URL or path).", valueName: "remote"))
    var git: String?

    @Option(name: .long, help: ArgumentHelp("The branch for --git.", valueName: "name"))
    var branch = "gh-pages"

    @Flag(name: .long, help: "Print what would be added, changed and removed, and publish nothing.")
    var dryRun = false

    func validate() throws {
        guard (folder == nil) != (git == nil) else { throw ValidationError("say where to publish: --to DIR or --git REMOTE (one of them)") }
        guard !branch.isEmpty, !branch.hasPrefix("-"), !branch.contains(" "), !branch.contains("..") else {
            throw ValidationError("--branch takes a branch name, not '\(branch)'")
        }
    }

    func run() throws {
        try siteOptions.requireSite()
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let target: SitePublisher.Target =
            folder.map { .folder(URL(fileURLWithPath: $0, relativeTo: cwd)) } ?? .git(remote: git!, branch: branch)
        let console = Console(pathPrefix: siteOptions.displayPrefix)
        let result: SitePublisher.Result
        do {
            result = try SitePublisher.publish(siteRoot: siteOptions.siteURL, to: target, dryRun: dryRun)
        } catch {
            console.error("\(error)")
            throw ExitCode(1)
        }
        console.print(result.build.diagnostics)
        guard result.build.succeeded, let changes = result.changes else {
            console.error("nothing published: \(console.failureSummary(result.build))")
            throw ExitCode(1)
        }
        let place = folder ?? "\(git!) (\(branch))"
        if dryRun {
            print("Would publish to \(place): \(changes.summary)")
            for line in changes.lines { print("  \(line)") }
        } else if changes.isEmpty {
            print("Nothing to publish: \(place) already has this site.")
        } else {
            print("Published to \(place)\(result.commit.map { " as commit \($0)" } ?? ""): \(changes.summary)")
        }
    }
}
