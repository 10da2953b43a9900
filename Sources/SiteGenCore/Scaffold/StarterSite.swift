/// `sitegen init`: a small site that builds and checks with no warning, and shows each kind of
/// content once: a theme, a briefing that names an entity and cites a source, the entity, the
/// source. It uses the built-in theme, so it has no templates.
public enum StarterSite {
    /// The starter's files, relative to the new site's folder; `date` is today's.
    public static func files(title: String, date: ContentDate) throws -> [RawFile] {
        var source = NewContent(.source, title: "An example source", date: date)
        source.id = "example-source"
        var entity = NewContent(.entity, title: "Example Organisation", date: date)
        entity.id = "example-organisation"
        return [
            RawFile(path: SiteLayout.config, text: try config(title: title)),
            RawFile(path: ".gitignore", text: "# What sitegen build writes.\n/public/\n"),
            RawFile(path: ContentPath.of(.theme, id: "background"), text: theme),
            RawFile(path: ContentPath.of(.briefing, id: "first-briefing"), text: briefing(date: date)),
            try entity.file(),
            try source.file(),
        ]
    }

    private static func config(title: String) throws -> String {
        var fields = FrontMatterWriter()
        fields.add("title", .text(title))
        let titleLine = try fields.yaml()
        return """
            # The settings of this site: see "A site folder" in sitegen's README.
            \(titleLine)description: Short, sourced briefings on one developing story.
            # Where the site will be published: change it before 'sitegen publish'. Every
            # internal link starts with its path; feeds and the sitemap give full links.
            base_url: https://example.org/
            # The language of the pages (their lang attribute).
            language: en
            markdown:
              # cmark's safe mode: raw HTML is dropped and javascript: links are emptied.
              unsafe_html: false
              # "Quotes" and -- dashes become typographic ones.
              smart_punctuation: true
            # Briefings per page of a list; the rest go on page/2/, page/3/, …
            paginate: 10

            """
    }

    private static let theme = """
        ---
        title: Background
        summary: What led to the story, and what is known so far.
        order: 1
        ---
        A theme gathers the briefings that list it in their `themes:`. Add one with
        `sitegen new theme "Title"`.

        """

    private static func briefing(date: ContentDate) -> String {
        """
        ---
        title: A first briefing
        summary: What a briefing looks like, and what sitegen does with it.
        date: \(date.iso)
        themes: [background]
        ---
        A briefing is Markdown with a few lines of front-matter above it. Writing the name of an
        entity, Example Organisation, is enough for this page to appear on the entity's page and
        in the index; [[example-organisation|a wiki-link]] names it explicitly. A citation such as
        [@example-source] points to a source, listed at the foot of the page.

        ## What comes next

        Each heading gets an anchor and a place in the page's contents. Start a new briefing with
        `sitegen new briefing "Title"`, and preview the site with `sitegen serve`.

        """
    }
}
