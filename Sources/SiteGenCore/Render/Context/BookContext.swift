import SiteGenTemplates

/// `book`: every briefing on one page, by theme.
@TemplateContext
struct BookContext: Sendable {
    var themes: [Merged<ThemeLink, BookTheme>]
    var briefingCount: Int
    /// `13 briefings`.
    var countLabel: String
    /// The claim statuses of all its briefings, explained once.
    var claims: Items<ClaimCount>?
    var latestDate: DateContext?
}

@TemplateContext
struct BookTheme: Sendable {
    var anchor: String
    /// Its briefings' titles and anchors, for the book's contents: made at once, so that the
    /// contents do not make (and render) every briefing a second time.
    var contents: Items<BookEntry>?
    /// Each briefing's card, made once for every page, with what the book adds to it; made as
    /// the book renders, so that it never holds every body at once.
    var briefings: LazyItems<Merged<Card, BookBriefing>>
    /// Its briefings that the book prints under another theme (their first), with a link there:
    /// so that every theme is in the book, as in the index of a book.
    var alsoIn: Items<BookCrossReference>?
}

/// A briefing of a theme that the book prints under another: its title, its anchor in the book,
/// and the title of the theme it is under.
@TemplateContext
struct BookCrossReference: Sendable {
    var title: String
    var anchor: String
    var theme: String
}

@TemplateContext
struct BookBriefing: Sendable {
    var anchor: String
    var absoluteURL: String
    var body: TrustedHTML
    var sources: Items<CitedSource>?
    var furtherReading: Items<LinkItem>?
}

/// A briefing in the book's contents.
@TemplateContext
struct BookEntry: Sendable {
    var title: String
    var anchor: String
}
