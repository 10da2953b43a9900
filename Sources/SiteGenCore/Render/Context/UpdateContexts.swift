import SiteGenTemplates

/// An update, correction or clarification as a briefing's page shows it.
@TemplateContext
struct UpdateItem: Sendable {
    /// `update`, `correction` or `clarification`.
    var kind: String
    var label: String
    var date: DateContext
    var note: String
    var correction: Bool
}

/// `updates`: every update and correction of the site, newest first.
@TemplateContext
struct UpdatesContext: Sendable {
    var entries: [Merged<UpdateItem, UpdateSource>]
    /// `3 entries, 1 correction`.
    var countLabel: String
    /// The updates' own Atom feed, on a site with a full base URL.
    var feed: String?
}

/// The briefing an entry of the list of updates belongs to.
@TemplateContext
struct UpdateSource: Sendable {
    var briefing: Card
    /// The briefing's History section.
    var url: String
}
