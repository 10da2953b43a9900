/// The site's settings, from `site.yml`.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var description: String
    /// The address the site is published at, always ending in `/`: `https://example.org/ukraine/`.
    public var baseURL: String {
        didSet { basePath = BaseURL.path(of: baseURL) }
    }
    /// The language of the pages being built: the site's own (`language:`), or one of
    /// `languages:` while its folder is built.
    public var language: String
    /// The site's own language, at the root of the output.
    public var defaultLanguage: String { languageLinks.first?.code ?? language }
    /// The other languages the site is published in (`languages:`), each in a folder of its own.
    public var languages: [SiteLanguage] = []
    /// `languages:` is there but could not be read (an error says why): which languages the
    /// site has is unknown, so no translation is blamed for its language.
    public var languagesUnreadable = false
    /// Every language of the site, the site's own first, with its name and folder; empty when
    /// the site has one language.
    public var languageLinks: [LanguageLink] = []
    /// The folder of the language being built (`fr/`), which ends the base URL while its pages
    /// are built; empty for the site's own.
    public var languageRoot = ""
    /// Where site.yml names the language, for messages about it.
    public var languageLocation: SourceLocation?
    /// The words the theme prints, in `language` (see `InterfaceStringsParser`); English until the
    /// settings step puts the language's in.
    public var strings = InterfaceStrings.english
    /// The words of each of `languages:`, by code.
    public var languageStrings: [String: InterfaceStrings] = [:]
    /// The order of themes in navigation and on the home page; nil to order them by their `order`.
    public var themeOrder: [Located<String>]?
    public var markdown: MarkdownOptions
    /// The author named in the feed; the site's title when not set.
    public var author: String?
    /// The domain a git publish writes to `CNAME` (for GitHub Pages), if any.
    public var cname: String?
    /// Link the first automatic mention of each entity in each briefing to the entity's page.
    public var linkFirstMention: Bool
    /// How many briefings a page of a list shows (the list of all briefings, each theme's): a
    /// longer list goes on over `page/2/`, `page/3/`, …
    public var paginate = SiteConfig.defaultPaginate

    public static let defaultPaginate = 50

    /// Every internal link relative to its page (`relative_urls:`), naming `index.html`, so that
    /// the output works from `file://` or under any path (see `SiteLinks`).
    public var relativeURLs = false

    /// What each entry of the feeds carries (`feed_content:`): the summary, or the whole text.
    public var feedContent = FeedContent.summary

    public enum FeedContent: String, Sendable, Hashable, CaseIterable {
        case summary, full
    }

    /// The claim statuses briefings may use, in the order pages explain them (`claims:`).
    public var claims = ClaimStatus.defaults {
        didSet { markdown.claimStatuses = claims.map(\.id) }
    }

    /// Whether site.yml gives its own `claims:`, which no language translates.
    public var hasOwnClaims = false

    /// The people briefings name in `authors:` by id.
    public var authors: [Person] = []

    /// A briefing that cites no source is an error (`require_citations: true`), not a warning.
    public var requireCitations = false
    /// `sitegen check` warns about a source last accessed longer ago than this (`stale_after_days`).
    public var staleAfterDays: Int?

    /// The zone pages show times in (`timezone:`, an IANA name); UTC when not set.
    public var timeZone = SiteTimeZone.utc

    /// Where the base URL was given, for messages about it: `base_url` in site.yml (its place),
    /// or `--base-url` (nil, not a file); site.yml itself when it gives none.
    public var baseURLSource: BaseURLSource = .file(SourceLocation(path: SiteLayout.config))

    public enum BaseURLSource: Sendable, Hashable {
        case file(SourceLocation)
        case commandLine
    }

    public init(
        title: String, description: String = "", baseURL: String = "/", language: String = "en",
        themeOrder: [Located<String>]? = nil, markdown: MarkdownOptions = MarkdownOptions(),
        linkFirstMention: Bool = true
    ) {
        self.linkFirstMention = linkFirstMention
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.basePath = BaseURL.path(of: baseURL)
        self.language = language
        self.themeOrder = themeOrder
        self.markdown = markdown
    }

    /// The path part of the base URL, which every internal link starts with: `/ukraine/`, or `/`;
    /// with the language's folder after it (`/ukraine/fr/`) while a language's pages are built.
    public private(set) var basePath: String

    /// The path of the site's root, where the assets, the static files and the site's own
    /// language are: the base path without the language's folder.
    public var rootPath: String { String(basePath.dropLast(languageRoot.count)) }

    /// The site's address without the language's folder.
    public var rootURL: String { String(baseURL.dropLast(languageRoot.count)) }

    /// The base URL is a full URL (https://…), not only a path: absolute links, the feed, the
    /// sitemap and robots.txt need one.
    public var hasAbsoluteBaseURL: Bool { !baseURL.hasPrefix("/") }

    /// The default vocabulary of claims explained in the language's words; a site's own `claims:`
    /// stay as written.
    mutating func translateDefaultClaims() {
        guard !hasOwnClaims else { return }
        claims = ClaimStatus.defaults.map { ClaimStatus(id: $0.id, description: strings.text("claim_\($0.id)")) }
    }
}
