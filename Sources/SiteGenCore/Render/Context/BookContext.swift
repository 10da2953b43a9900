import SiteGenTemplates

/// `book`: every briefing on one page, by theme.
struct BookContext: Codable, Sendable {
    var themes: [Merged<ThemeLink, BookTheme>]
    var briefingCount: Int
    var latestDate: DateContext?
}

struct BookTheme: Codable, Sendable {
    var anchor: String
    /// Each briefing's card, made once for every page, with what the book adds to it.
    var briefings: [Merged<Card, BookBriefing>]
}

struct BookBriefing: Codable, Sendable {
    var anchor: String
    var absoluteURL: String
    var body: TrustedHTML
    var sources: Items<LinkItem>?
}
