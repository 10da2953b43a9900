import SiteGenTemplates

/// `home`: the themes, the latest briefings.
struct HomeContext: Codable, Sendable {
    var themes: [ThemeSummary]
    var latest: [Card]
    var briefingCount: Int
    var moreBriefings: Bool
    /// The heading level of a card's title.
    var cardLevel: Int
}

/// `briefings`: every briefing.
struct BriefingListContext: Codable, Sendable {
    var briefings: [Card]
    var countLabel: String
    var cardLevel: Int
}

/// `themes`: every theme.
struct ThemeListContext: Codable, Sendable {
    var themes: [ThemeSummary]
}

/// `theme`: a theme, its entities and its briefings.
struct ThemePageContext: Codable, Sendable {
    var theme: Merged<ThemeSummary, ThemeDetail>
    var briefings: [Card]
    var cardLevel: Int
}

struct ThemeDetail: Codable, Sendable {
    /// The introduction, as HTML.
    var body: TrustedHTML
    /// The entities of its `entity_kinds` that its briefings name.
    var entities: Items<EntityItem>?
    var entitiesHeading: String
}

/// `search`: where the search data and script are.
struct SearchContext: Codable, Sendable {
    var searchData: String
    var searchScript: String
}

/// `404`: nothing beyond what every page has.
struct NotFoundContext: Codable, Sendable {}
