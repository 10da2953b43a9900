import SiteGenTemplates

/// `briefing`: one briefing, with its contents, sources, neighbours and cross-references.
@TemplateContext
struct BriefingPageContext: Sendable {
    var briefing: Card
    /// Its bylines, in order.
    var authors: Items<Byline>?
    var body: TrustedHTML
    var cardLevel: Int
    var toc: Items<TocEntry>?
    /// The claim statuses its paragraphs are marked with, each explained, with how many.
    var claims: Items<ClaimCount>?
    /// Its corrections, newest first, for the notice at the top.
    var corrections: Items<UpdateItem>?
    /// Every update, correction and clarification, newest first, for the History at the foot.
    var history: Items<UpdateItem>?
    /// The sources it cites, numbered.
    var sources: Items<CitedSource>?
    /// The `sources:` of its front-matter: read further, not cited.
    var furtherReading: Items<SourceItem>?
    /// The briefings just before and after it in time (the list is newest first).
    var older: Card?
    var newer: Card?
    var entities: Items<EntityItem>?
    var related: Items<Card>?
    var backlinks: Items<Card>?
    var moreOnThemes: Items<ThemeGroup>?
}

/// One author of a briefing: a person of site.yml (with role and link) or a name as written.
@TemplateContext
struct Byline: Sendable {
    var name: String
    var role: String?
    var url: String?
    /// The last of the list, for separators.
    var last: Bool
}

/// A claim status used on a page: its label, what it means, and how many paragraphs have it.
@TemplateContext
struct ClaimCount: Sendable {
    var id: String
    var label: String
    var description: String
    var count: Int
    var countLabel: String
}

/// A `##` heading in the table of contents, with its `###` headings.
@TemplateContext
struct TocEntry: Sendable {
    var text: String
    var anchor: String
    var children: Items<TocChild>?
}

@TemplateContext
struct TocChild: Sendable {
    var text: String
    var anchor: String
}

@TemplateContext
struct SourceItem: Sendable {
    var title: String
    var url: String
    var publisher: String?
    var date: DateContext?
}

/// A few more briefings of one of the briefing's themes.
@TemplateContext
struct ThemeGroup: Sendable {
    var theme: ThemeLink
    var briefings: [Card]
    var more: MoreLink?
}
