import SiteGenTemplates

/// A briefing as lists and neighbours show it. Made once per briefing (see `ContextBuilder.card`).
@TemplateContext
struct CardContext: Sendable {
    var id: String
    var title: String
    var summary: String
    var url: String
    var date: DateContext
    /// Only when it differs from `date`.
    var updated: DateContext?
    var themes: [ThemeLink]
    var draft: Bool
    /// The language of its title and summary, where it differs from the page's (no translation).
    var lang: String?
}

typealias Card = Encoded<CardContext>

@TemplateContext
struct DateContext: Sendable {
    /// `2026-11-27`
    var iso: String
    /// `27 November 2026`
    var long: String
}

@TemplateContext
struct ThemeLink: Sendable {
    var id: String
    var title: String
    var url: String
}

/// A theme with its summary and how many briefings it has.
typealias ThemeSummary = Merged<ThemeLink, ThemeCounts>

@TemplateContext
struct ThemeCounts: Sendable {
    var summary: String
    var count: Int
    var countLabel: String
}

/// An entity in a list (of a briefing, of a theme), made once per build.
typealias EntityItem = Encoded<EntityLink>

@TemplateContext
struct EntityLink: Sendable {
    var id: String
    var name: String
    var url: String
    var kind: String
    var summary: String
}

/// Where every briefing of a theme is, for a page that lists only a few: without their number,
/// so that a briefing's page does not change each time one of its themes gains a briefing.
@TemplateContext
struct MoreLink: Sendable {
    var url: String
    /// What the link says: `All briefings on Security guarantees`.
    var label: String
}
