import SiteGenTemplates

/// `home`: the themes, the latest briefings.
@TemplateContext
struct HomeContext: Sendable {
    var themes: [ThemeSummary]
    var latest: [Card]
    var briefingCount: Int
    /// The link to the list of all of them: `All 13 briefings`.
    var allBriefingsLabel: String
    var moreBriefings: Bool
    /// The heading level of a card's title.
    var cardLevel: Int
}

/// `briefings`: every briefing, a page of them at a time (`paginate` in site.yml).
@TemplateContext
struct BriefingListContext: Sendable {
    /// This page's briefings.
    var briefings: [Card]
    /// How many there are in all.
    var countLabel: String
    var cardLevel: Int
    /// Only when the list takes more than one page.
    var pager: Pager?
}

/// Where the other pages of a list are, on a list of more than one page.
@TemplateContext
struct Pager: Sendable {
    var number: Int
    var count: Int
    /// `Page 2 of 80`
    var label: String
    /// Absent on the first page.
    var first: String?
    var previous: String?
    /// Absent on the last page.
    var next: String?
    var last: String?
}

/// `themes`: every theme.
@TemplateContext
struct ThemeListContext: Sendable {
    var themes: [ThemeSummary]
}

/// `theme`: a theme, its entities and its briefings, a page of them at a time.
@TemplateContext
struct ThemePageContext: Sendable {
    var theme: Merged<ThemeSummary, ThemeDetail>
    /// This page's briefings.
    var briefings: [Card]
    var cardLevel: Int
    /// The first page of the list, which has the theme's introduction and entities.
    var firstPage: Bool
    /// Only when the list takes more than one page.
    var pager: Pager?
}

@TemplateContext
struct ThemeDetail: Sendable {
    /// The introduction, as HTML.
    var body: TrustedHTML
    /// The entities of its `entity_kinds` that its briefings name.
    var entities: Items<EntityItem>?
    var entitiesHeading: String
}

/// `search`: where the search data and script are.
@TemplateContext
struct SearchContext: Sendable {
    var searchData: String
    var searchScript: String
    /// The forms of the message that counts the briefings found, one per plural category of the
    /// language; the script picks one with the browser's `Intl.PluralRules`.
    var matchForms: [PluralForm]
}

/// One form of a counted phrase: its CLDR category (`one`, `few`) and its text.
@TemplateContext
struct PluralForm: Sendable {
    var category: String
    var text: String
}

/// `404`: nothing beyond what every page has.
@TemplateContext
struct NotFoundContext: Sendable {}
