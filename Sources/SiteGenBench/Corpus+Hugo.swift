import Foundation

/// The same corpus as a Hugo site: the same briefings, themes and entities as two taxonomies
/// (so each gets a page listing its briefings), wiki-links and links to briefings as plain
/// Markdown links, and minimal layouts: base, page, list, home and taxonomy index.
extension Corpus {
    func writeHugoSite(to root: URL) throws {
        let manager = FileManager.default
        let briefingsFolder = root.appendingPathComponent("content/briefings")
        try manager.createDirectory(at: briefingsFolder, withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent("layouts/_default"), withIntermediateDirectories: true)
        try Self.write(Self.hugoConfig, to: root.appendingPathComponent("config.toml"))
        for (name, text) in Self.hugoLayouts {
            try Self.write(text, to: root.appendingPathComponent("layouts/\(name)"))
        }
        for briefing in generate() {
            let entities = Array(Set(briefing.listed + briefing.named)).sorted()
            var body = briefing.body
            // [[entity-3]] → a link to the entity's term page; briefing-7.md → the briefing's page.
            for id in Set(briefing.named) { body = body.replacingOccurrences(of: "[[\(id)]]", with: "[\(id)](/entities/\(id)/)") }
            body = body.replacingOccurrences(of: "](briefing-", with: "](/briefings/briefing-").replacingOccurrences(of: ".md)", with: "/)")
            let text = """
                ---
                title: "\(briefing.title)"
                summary: "\(briefing.summary)"
                date: \(briefing.date)
                themes: [\(briefing.themes.map { "\"\($0)\"" }.joined(separator: ", "))]
                entities: [\(entities.map { "\"\($0)\"" }.joined(separator: ", "))]
                ---

                """ + body
            try Self.write(text, to: briefingsFolder.appendingPathComponent("\(briefing.id).md"))
        }
    }

    static let hugoConfig = """
        baseURL = "https://example.org/"
        title = "Synthetic"
        languageCode = "en"
        [taxonomies]
          theme = "themes"
          entity = "entities"

        """

    static let hugoLayouts: [(String, String)] = [
        (
            "_default/baseof.html",
            """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
            <nav>{{ range .Site.Taxonomies.themes }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav></header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>

            """
        ),
        (
            "_default/single.html",
            """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p><time>{{ .Date.Format "2 January 2006" }}</time>
            <ul>{{ range .GetTerms "themes" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
            {{ .Content }}
            <ul>{{ range .GetTerms "entities" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
            </article>{{ end }}

            """
        ),
        (
            "_default/list.html",
            """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2 January 2006" }}</time></li>{{ end }}</ul>{{ end }}

            """
        ),
        (
            "_default/terms.html",
            """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}

            """
        ),
        (
            "index.html",
            """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1>
            <ul>{{ range first 10 (where .Site.RegularPages "Section" "briefings") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}

            """
        ),
    ]
}
