/// Everything a build reads from the site folder, as values: the load stage's output.
public struct SiteSources: Sendable {
    /// `site.yml`, decoded as text; nil when it is missing or unreadable (an error says why).
    public var config: SourceText?
    public var content: [ContentFile]
    /// The Mustache templates under `templates/`, by path.
    public var templates: [SourceText]
    /// Files under `templates/assets/`, copied as they are to `assets/` in the output.
    public var assets: [RawFile]
    /// Files under `static/`, copied as they are to the root of the output.
    public var staticFiles: [RawFile]
    /// The site's interface strings, `i18n/<language>.yml`.
    public var strings: [SourceText] = []
    /// Content files that could not be read or split (errors say why).
    public var unreadable: Set<String>

    public init(
        config: SourceText?, content: [ContentFile], templates: [SourceText], assets: [RawFile], staticFiles: [RawFile] = [],
        unreadable: Set<String> = []
    ) {
        self.staticFiles = staticFiles
        self.config = config
        self.content = content
        self.templates = templates
        self.assets = assets
        self.unreadable = unreadable
    }
}

/// A text file with its path relative to the site folder.
public struct SourceText: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
