import Foundation

/// `xref.json`: the whole cross-reference index as data, for other tools. README documents the
/// schema; `XRefSchemaTests` decodes the written file against it.
struct XRefDocument: Encodable {
    struct Site: Encodable {
        var title: String
        var baseURL: String
    }

    struct Entity: Encodable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]
        var summary: String
        var url: String
        var mentionCount: Int
        var themes: [String: Int]
        var alongside: [String]
        var mentions: [Mention]
    }

    struct Mention: Encodable {
        var briefing: String
        var kind: String
        var url: String
        var anchor: String?
        var section: String?
        var snippet: Snippet?
    }

    struct Snippet: Encodable {
        var before: String
        var term: String
        var after: String
    }

    struct Briefing: Encodable {
        var id: String
        var title: String
        var url: String
        var date: String
        var themes: [String]
        var entities: [String]
        var linksTo: [String]
        var linkedFrom: [String]
        var related: [String]
    }

    var version = 1
    var site: Site
    var entities: [Entity]
    var briefings: [Briefing]

    init(_ index: SiteIndex) {
        let references = index.references
        let base = index.config.basePath
        site = Site(title: index.config.title, baseURL: index.config.baseURL)
        entities = references.entities.map { entity in
            let mentions = references.mentions[entity.id] ?? []
            return Entity(
                id: entity.id, name: entity.name.value, kind: entity.kind.rawValue, aliases: entity.aliases.map(\.value),
                summary: entity.summary, url: base + SitePaths.entity(entity.id), mentionCount: mentions.count,
                themes: references.themeCounts[entity.id] ?? [:], alongside: (references.coMentioned[entity.id] ?? []).map(\.entity),
                mentions: mentions.map { mention in
                    Mention(
                        briefing: mention.briefing, kind: mention.kind.rawValue,
                        url: base + SitePaths.briefing(mention.briefing) + (mention.anchor.map { "#" + $0 } ?? ""),
                        anchor: mention.anchor, section: mention.section,
                        snippet: mention.snippet.map { Snippet(before: $0.before, term: $0.term, after: $0.after) })
                })
        }
        var linksTo: [String: [String]] = [:]
        for briefing in index.briefings {
            for source in index.backlinks[briefing.id] ?? [] { linksTo[source, default: []].append(briefing.id) }
        }
        briefings = index.briefings.map { briefing in
            Briefing(
                id: briefing.id, title: briefing.title, url: base + SitePaths.briefing(briefing.id), date: briefing.date.iso,
                themes: briefing.themes.map(\.value), entities: references.briefingEntities[briefing.id] ?? [],
                linksTo: (linksTo[briefing.id] ?? []).sorted(), linkedFrom: index.backlinks[briefing.id] ?? [],
                related: references.related[briefing.id] ?? [])
        }
    }

    /// The document as compact JSON with sorted keys, so the same site always gives the same bytes.
    func file() -> OutputFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return OutputFile(path: SitePaths.xrefData, bytes: [UInt8](data) + [0x0A])
    }
}
