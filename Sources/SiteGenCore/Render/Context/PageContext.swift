import SiteGenTemplates

/// What every page's template sees, whatever its kind: the site, the navigation, the page's
/// own metadata, the breadcrumb; `Content` adds the keys of the page kind.
typealias PageContext<Content: TemplateObjectConvertible & Sendable> = Merged<CommonContext, Content>

/// The parts of a page's context that every kind shares.
@TemplateContext
struct CommonContext: Sendable {
    /// The same on every page: made once per build.
    var site: Encoded<SiteContext>
    /// The same on every page of a kind (and theme): made once for each.
    var nav: Encoded<NavContext>
    /// The words the theme prints, in the site's language: `{{strings.home}}` (README, "Languages").
    var strings: InterfaceTexts
    var page: PageMeta
    /// Absent on the home page.
    var breadcrumb: Items<LinkItem>?
    /// The URL of the assets folder, ending in `/`.
    var assets: String
    /// The same page in each language of the site, for the language switcher and `hreflang`
    /// links: absent on a site in one language.
    var languages: Items<LanguageItem>?
    /// On a page whose text is not translated into the page's language: the notice to show, and
    /// the text's language, for its `lang`.
    var fallback: FallbackContext?
    /// In `sitegen serve` only: the live-reload script, to put before `</body>`.
    var liveReload: TrustedHTML?
}

@TemplateContext
struct LanguageItem: Sendable {
    /// `fr`, for `hreflang` and `lang`.
    var code: String
    /// The language's name in that language: `Français`.
    var name: String
    /// The same page in that language.
    var url: String
    /// Its full URL, for `<link rel="alternate" hreflang>`, with an absolute base URL; else `url`.
    var alternate: String
    /// The page's own language.
    var current: Bool
}

@TemplateContext
struct FallbackContext: Sendable {
    /// The language the text is written in.
    var language: String
    var notice: String
}

@TemplateContext
struct SiteContext: Sendable {
    var title: String
    var description: String
    var language: String
    var baseURL: String
    var home: String
    var book: String
    var search: String
    /// Every update and correction of the site.
    var updates: String
    /// Only with an absolute base URL.
    var feed: String?
    /// The same briefings as a JSON Feed; only with an absolute base URL.
    var jsonFeed: String?
    /// The Atom feed of updates and corrections; only with an absolute base URL.
    var updatesFeed: String?
    /// That feed's title.
    var updatesFeedTitle: String
}

@TemplateContext
struct NavContext: Sendable {
    var home: String
    var isHome: Bool
    var briefings: String
    var isBriefings: Bool
    /// A briefing's page.
    var inBriefings: Bool
    var themesPage: String
    var isThemes: Bool
    var index: String
    var isIndex: Bool
    /// An entity's page.
    var inIndex: Bool
    var search: String
    var isSearch: Bool
    /// The list of sources: absent on a site without sources.
    var sources: String?
    var isSources: Bool
    /// A source's page.
    var inSources: Bool
    /// The URL of xref.json.
    var data: String
    var themes: [NavTheme]
}

@TemplateContext
struct NavTheme: Sendable {
    var title: String
    var url: String
    var current: Bool
}

@TemplateContext
struct PageMeta: Sendable {
    var title: String
    /// For `<title>`.
    var fullTitle: String
    var description: String
    var url: String
    /// Only with an absolute base URL.
    var canonical: String?
    /// The Atom feed of the page's own briefings: on a theme's and an entity's page, with an
    /// absolute base URL.
    var feed: String?
    /// That feed's title: the theme's or entity's name and the site's title (with no pager
    /// label, on every page of a long list).
    var feedTitle: String?
    /// Open Graph's and Twitter's cards: what a link to the page shows where it is shared.
    var share: ShareContext
    /// The page's JSON-LD (schema.org), to put in `<script type="application/ld+json">`: its
    /// `<`, `>` and `&` are escaped, so nothing in it can end the element.
    var structuredData: TrustedHTML
}

/// How a shared link to the page is shown: `og:type` and, for a briefing, its `article:*` times
/// and section.
@TemplateContext
struct ShareContext: Sendable {
    /// `article` for a briefing, `website` for any other page.
    var type: String
    /// `article:published_time` and `article:modified_time`: briefings only.
    var published: String?
    var modified: String?
    /// `article:section`: the briefing's first theme.
    var section: String?
}

/// A link with its text: breadcrumb items, briefings in the index.
@TemplateContext
struct LinkItem: Sendable {
    var title: String
    var url: String
}
