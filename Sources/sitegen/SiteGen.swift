import ArgumentParser
import SiteGenCore

/// The `sitegen` command: a static generator for briefing sites.
struct SiteGen: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build cross-referenced briefing sites from Markdown.",
        discussion: """
            A site folder holds site.yml and content/ (briefings/, themes/, entities/, sources/: \
            Markdown with YAML front-matter), and may hold templates/ (Mustache files that replace \
            those of the built-in theme, one by one; see 'sitegen theme'). 'sitegen build' turns \
            it into a static site in public/; 'sitegen serve' previews it with live reload.

            Exit codes: 0 success, 1 content errors (each printed as path:line:column), \
            2 usage errors.
            """,
        version: "\(version) (\(CommonMark.versionSummary))",
        subcommands: [
            InitCommand.self, NewCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, PublishCommand.self,
            ThemeCommand.self,
        ]
    )
}
