import ArgumentParser

/// The `sitegen` command: a static generator for briefing sites.
struct SiteGen: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build cross-referenced briefing sites from Markdown.",
        discussion: """
            A site folder holds site.yml, content/ (briefings/ and themes/, Markdown with YAML \
            front-matter) and templates/ (Mustache). 'sitegen build' turns it into a static site \
            in public/; 'sitegen serve' previews it with live reload.

            Exit codes: 0 success, 1 content errors (each printed as path:line:column), \
            2 usage errors.
            """,
        version: version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, PublishCommand.self]
    )
}
