/// A language a site is published in. The site's own language (`language:`) is at the root; each
/// of `languages:` has a folder of its own (`/fr/`), with the site built again from the
/// translations (`core-aim.fr.md`) and, where there is none, the original.
public struct SiteLanguage: Sendable, Hashable {
    /// The BCP 47 tag, as file names write it: `fr`, `uk`.
    public var code: String
    /// The site's title and description in this language; the site's own when not given.
    public var title: String?
    public var description: String?
    /// Where `languages:` names it, for messages about it.
    public var location: SourceLocation?

    public init(code: String, title: String? = nil, description: String? = nil, location: SourceLocation? = nil) {
        self.code = code
        self.title = title
        self.description = description
        self.location = location
    }

    /// The folder of the language's pages below the site's base URL: `fr/`.
    public var root: String { code + "/" }
}

/// One language of the site as every page links to it: for the language switcher and
/// `hreflang` links.
public struct LanguageLink: Sendable, Hashable {
    public var code: String
    /// The language's name in that language: `Français`.
    public var name: String
    /// Its folder below the site's base URL (`fr/`, or empty).
    public var root: String
}
