import SiteGenTemplates

/// `book`: every briefing on one page, by theme.
struct BookContext: Codable, Sendable {
    var themes: [Merged<ThemeLink, BookTheme>]
    var briefingCount: Int
    var latestDate: DateContext?
}

struct BookTheme: Codable, Sendable {
    var anchor: String
    var briefings: [Merged<CardContext, BookBriefing>]
}

struct BookBriefing: Codable, Sendable {
    var anchor: String
    var absoluteURL: String
    var body: TrustedHTML
    var sources: Items<LinkItem>?
}
