import ArgumentParser
import SiteGenCore

/// What to build and how strictly: the options `build` and `check` share, validated once.
struct ContentOptions: ParsableArguments {
    @Flag(name: .long, help: "Include briefings marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(
        name: .long,
        help: ArgumentHelp("Use this instead of base_url of site.yml, e.g. http://localhost:8000/ or /preview/.", valueName: "url"))
    var baseURL: String?

    @Flag(
        name: .customLong("relative-urls"),
        help:
            "Make every internal link relative to its page, naming index.html, so the output works from file:// or under any path (as relative_urls: true in site.yml)."
    )
    var relativeURLs = false

    func validate() throws {
        if let baseURL, BaseURL.normalised(baseURL) == nil {
            throw ValidationError(
                "--base-url takes an http(s) URL such as https://example.org/briefings/, or a path starting with '/', not '\(baseURL)'")
        }
    }
}
