import SiteGenTemplates

/// `home`: the themes, the latest briefings.
@TemplateContext
struct HomeContext: Sendable {
    var themes: [ThemeSummary]
    var latest: [Card]
    var briefingCount: Int
    var moreBriefings: Bool
    /// The heading level of a card's title.
    var cardLevel: Int
}

/// `briefings`: every briefing.
@TemplateContext
struct BriefingListContext: Sendable {
    var briefings: [Card]
    var countLabel: String
    var cardLevel: Int
}

/// `themes`: every theme.
@TemplateContext
struct ThemeListContext: Sendable {
    var themes: [ThemeSummary]
}

/// `theme`: a theme, its entities and its briefings.
@TemplateContext
struct ThemePageContext: Sendable {
    var theme: Merged<ThemeSummary, ThemeDetail>
    var briefings: [Card]
    var cardLevel: Int
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
}

/// `404`: nothing beyond what every page has.
@TemplateContext
struct NotFoundContext: Sendable {}
