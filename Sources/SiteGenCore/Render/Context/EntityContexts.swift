import SiteGenTemplates

/// `entity`: an entity, every mention of it, its themes and the entities named alongside it.
@TemplateContext
struct EntityPageContext: Sendable {
    var entity: Merged<EntityLink, EntityDetail>
    var mentionGroups: LazyItems<MentionGroup>
    var themes: Items<Merged<ThemeLink, CountContext>>?
    var alongside: Items<Merged<EntityLink, LabelContext>>?
}

@TemplateContext
struct EntityDetail: Sendable {
    var body: TrustedHTML
    /// The names it is also known by, when they differ from its name other than in case.
    var aliases: Items<String>?
    var countLabel: String
    /// What the page says when no briefing mentions it.
    var noMentions: String
}

/// The mentions of an entity in one briefing.
@TemplateContext
struct MentionGroup: Sendable {
    var briefing: Card
    /// The briefing lists it in `entities:`.
    var listed: Bool
    var mentions: [MentionItem]
}

@TemplateContext
struct MentionItem: Sendable {
    /// The briefing's URL, with the section's anchor.
    var url: String
    /// Absent before the briefing's first heading.
    var section: String?
    /// The section, or "Opening".
    var sectionLabel: String
    var before: String
    var term: String
    var after: String
    var wikiLink: Bool
}

@TemplateContext
struct CountContext: Sendable {
    var count: Int
    var countLabel: String
}

@TemplateContext
struct LabelContext: Sendable {
    var countLabel: String
}

/// `index`: every entity by kind, and the table of themes × entities.
@TemplateContext
struct IndexContext: Sendable {
    var kinds: [IndexKind]
    var entityCount: Int
    var table: IndexTable
}

@TemplateContext
struct IndexKind: Sendable {
    var id: String
    var label: String
    var entities: [Merged<EntityLink, IndexEntry>]
}

@TemplateContext
struct IndexEntry: Sendable {
    var count: Int
    /// The newest few briefings that mention it.
    var briefings: [IndexBriefing]
    /// How many more briefings its page lists.
    var more: LabelContext?
}

@TemplateContext
struct IndexBriefing: Sendable {
    var title: String
    var url: String
    /// The last of the list, which has no separator after it.
    var last: Bool
}

@TemplateContext
struct IndexTable: Sendable {
    var themes: [ThemeLink]
    var rows: [IndexRow]
}

@TemplateContext
struct IndexRow: Sendable {
    var name: String
    var url: String
    var kind: String
    var cells: [IndexCell]
}

@TemplateContext
struct IndexCell: Sendable {
    var count: Int
    var hasCount: Bool
    var theme: String
}
