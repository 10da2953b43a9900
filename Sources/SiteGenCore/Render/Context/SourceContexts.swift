import SiteGenTemplates

/// A source as lists show it: its title, what it is, who published it and its page.
@TemplateContext
struct SourceLink: Sendable {
    var id: String
    var title: String
    /// Its page on this site.
    var url: String
    var kind: String
    var publisher: String?
    var author: String?
    var date: DateContext?
    /// Where to read it, away from the site.
    var link: String?
    var archive: String?
    var accessed: DateContext?
    /// Its language's BCP 47 tag, when it gives one.
    var language: String?
    /// The language's name in the site's language (`French` for `fr` on an English site,
    /// `français` on a French one), or the tag when it has none.
    var languageName: String?
    /// The phrase that says it: `in French`, `en français`.
    var languageLabel: String?
}

/// A source in a briefing's numbered list, with a link back to each place the page cites it.
@TemplateContext
struct CitedSource: Sendable {
    var number: Int
    /// Its list item's anchor: the marks link here.
    var anchor: String
    var source: SourceLink
    var citedAt: [CitationBacklink]
}

/// A link from the list of sources back to one citation: `a`, `b`, … with its locator.
@TemplateContext
struct CitationBacklink: Sendable {
    var anchor: String
    var label: String
    var locator: String?
}

/// `sources`: every source by kind, then A–Z, with how often each is cited.
@TemplateContext
struct SourceListContext: Sendable {
    var kinds: [SourceKindGroup]
    var sourceCount: Int
    /// The sentence that opens the page, with the count.
    var lede: String
    var alphabetical: [Merged<SourceLink, CountContext>]
}

@TemplateContext
struct SourceKindGroup: Sendable {
    var id: String
    var label: String
    var sources: [Merged<SourceLink, CountContext>]
}

/// `source`: one source, its note and every place it is cited, briefing by briefing.
@TemplateContext
struct SourcePageContext: Sendable {
    var source: Merged<SourceLink, SourceDetail>
    var citingBriefings: [CitingBriefing]
}

@TemplateContext
struct SourceDetail: Sendable {
    var body: TrustedHTML
    var countLabel: String
}

/// The citations of a source in one briefing.
@TemplateContext
struct CitingBriefing: Sendable {
    var briefing: Card
    var citations: [CitationItem]
}

@TemplateContext
struct CitationItem: Sendable {
    /// The briefing's URL, with the mark's anchor.
    var url: String
    var section: String?
    /// The section, or "Opening".
    var sectionLabel: String
    var text: String
    var locator: String?
}
