import SiteGenCore

/// A synthetic site shaped like real briefings: themes, entities with aliases, wiki-links,
/// front-matter entity lists and links between briefings, in about 1.5 KB of Markdown each.
struct Corpus {
    static let themes = ["participants", "guarantees", "diplomacy", "implications", "next-steps"]

    let briefings: Int
    let entities: Int
    let seed: UInt64

    private static let words = """
        the talks allies security framework support partners pressure response border region negotiation commitment \
        guarantee aggression stability coordination sequencing deterrence dialogue reconstruction resilience corridor \
        monitoring verification compliance threshold consultation readiness capability diplomacy assurance sovereignty \
        timeline language transition outcome architecture consensus enforcement escalation signal balance option \
        measure process meeting conference summit officials leaders delegation draft agreement plan review a of to in \
        and with for on as by from that which while under over across within between around after before
        """.split(separator: " ").map(String.init)
    private static let given = ["Alden", "Brava", "Corvin", "Delmar", "Estra", "Fenwick", "Galen", "Harrow", "Iselin", "Jorvik"]
    private static let family = ["Marsh", "Vale", "Crest", "Holm", "Reach", "Ford", "Mere", "Wold", "Stead", "Brook"]

    /// The entity names, "Alden Marsh 12", each with an alias, "Marsh-Alden 12".
    func entityNames() -> [(id: String, name: String, alias: String)] {
        (0..<entities).map { index in
            let first = Self.given[index % Self.given.count], last = Self.family[(index / Self.given.count) % Self.family.count]
            let number = index / (Self.given.count * Self.family.count)
            return ("entity-\(index)", "\(first) \(last) \(number)", "\(last)-\(first) \(number)")
        }
    }

    /// The site as the load stage would read it.
    func sources() -> SiteSources {
        var random = SeededGenerator(seed: seed)
        let names = entityNames()
        var content: [ContentFile] = []
        for theme in Self.themes {
            content.append(file(.theme, theme, "title: \(theme.capitalized)\nsummary: The \(theme) theme.\n", "An introduction.\n"))
        }
        for entity in names {
            content.append(
                file(
                    .entity, entity.id, "name: \(entity.name)\nkind: mechanism\naliases: [\(entity.alias)]\nsummary: A synthetic entity.\n",
                    "Description.\n"))
        }
        for index in 0..<briefings {
            let themes = Self.themes.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random))
            let listed = (0..<2).map { _ in names[Int.random(in: 0..<names.count, using: &random)].id }
            let day = 1 + index % 28, month = 1 + (index / 28) % 12, year = 2000 + index / (28 * 12)
            let frontMatter = """
                title: Briefing \(index)
                summary: A synthetic briefing on \(themes.joined(separator: " and ")).
                date: \(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)
                themes: [\(themes.joined(separator: ", "))]
                entities: [\(listed.joined(separator: ", "))]

                """
            content.append(file(.briefing, "briefing-\(index)", frontMatter, body(index, names: names, random: &random)))
        }
        let templates = ["home", "briefings", "briefing", "themes", "theme", "entity", "index"].map {
            SourceText(path: "templates/\($0).mustache", text: "<h1>{{page.title}}</h1>{{{body}}}")
        }
        return SiteSources(
            config: SourceText(path: "site.yml", text: "title: Synthetic\nbase_url: https://example.org/\n"), content: content,
            templates: templates, assets: [])
    }

    private func body(_ index: Int, names: [(id: String, name: String, alias: String)], random: inout SeededGenerator) -> String {
        var text = ""
        for section in 0..<3 {
            text += "## Section \(section)\n\n"
            for _ in 0..<3 {
                var sentence: [String] = []
                for _ in 0..<22 { sentence.append(Self.words[Int.random(in: 0..<Self.words.count, using: &random)]) }
                let entity = names[Int.random(in: 0..<names.count, using: &random)]
                sentence.insert(
                    Bool.random(using: &random) ? entity.name : entity.alias, at: Int.random(in: 0..<sentence.count, using: &random))
                if Int.random(in: 0..<4, using: &random) == 0 {
                    sentence.append("[[\(names[Int.random(in: 0..<names.count, using: &random)].id)]]")
                }
                if index > 0, Int.random(in: 0..<4, using: &random) == 0 {
                    sentence.append("[an earlier briefing](briefing-\(Int.random(in: 0..<index, using: &random)).md)")
                }
                text += sentence.joined(separator: " ").capitalizedFirst + ".\n"
            }
            text += "\n"
        }
        return text
    }

    private func file(_ kind: ContentKind, _ id: String, _ frontMatter: String, _ body: String) -> ContentFile {
        let lines = frontMatter.split(separator: "\n", omittingEmptySubsequences: false).count
        return ContentFile(
            path: ContentPath.of(kind, id: id), kind: kind, id: id, frontMatter: frontMatter, frontMatterLine: 2, body: body,
            bodyLine: lines + 2)
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
