import SiteGenTemplates

/// `entity`: an entity, every mention of it, its themes and the entities named alongside it.
struct EntityPageContext: Codable, Sendable {
    var entity: Merged<EntityLink, EntityDetail>
    var mentionGroups: [MentionGroup]
    var themes: Items<Merged<ThemeLink, CountContext>>?
    var alongside: Items<Merged<EntityLink, LabelContext>>?
}

struct EntityDetail: Codable, Sendable {
    var body: TrustedHTML
    /// The names it is also known by, when they differ from its name other than in case.
    var aliases: Items<String>?
    var countLabel: String
}

/// The mentions of an entity in one briefing.
struct MentionGroup: Codable, Sendable {
    var briefing: Card
    /// The briefing lists it in `entities:`.
    var listed: Bool
    var mentions: [MentionItem]
}

struct MentionItem: Codable, Sendable {
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

struct CountContext: Codable, Sendable {
    var count: Int
    var countLabel: String
}

struct LabelContext: Codable, Sendable {
    var countLabel: String
}

/// `index`: every entity by kind, and the table of themes × entities.
struct IndexContext: Codable, Sendable {
    var kinds: [IndexKind]
    var entityCount: Int
    var table: IndexTable
}

struct IndexKind: Codable, Sendable {
    var id: String
    var label: String
    var entities: [Merged<EntityLink, IndexEntry>]
}

struct IndexEntry: Codable, Sendable {
    var count: Int
    /// The newest few briefings that mention it.
    var briefings: [IndexBriefing]
    /// How many more briefings its page lists.
    var more: LabelContext?
}

struct IndexBriefing: Codable, Sendable {
    var title: String
    var url: String
    /// The last of the list, which has no separator after it.
    var last: Bool
}

struct IndexTable: Codable, Sendable {
    var themes: [ThemeLink]
    var rows: [IndexRow]
}

struct IndexRow: Codable, Sendable {
    var name: String
    var url: String
    var kind: String
    var cells: [IndexCell]
}

struct IndexCell: Codable, Sendable {
    var count: Int
    var hasCount: Bool
    var theme: String
}
