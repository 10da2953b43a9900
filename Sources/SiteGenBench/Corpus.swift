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

    /// One synthetic briefing, before it is written out for sitegen or for Hugo.
    struct Briefing {
        var id: String
        var title: String
        var summary: String
        var date: String
        var themes: [String]
        /// The entities of its front-matter list.
        var listed: [String]
        /// The entities its text names or wiki-links, in order, with repeats.
        var named: [String]
        /// Markdown with wiki-links (`[[entity-3]]`) and links to earlier briefings (`briefing-7.md`).
        var body: String
    }

    /// Every briefing, the same for the same seed.
    func generate() -> [Briefing] {
        var random = SeededGenerator(seed: seed)
        let names = entityNames()
        return (0..<briefings).map { index in
            let themes = Array(Self.themes.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random)))
            let listed = (0..<2).map { _ in names[Int.random(in: 0..<names.count, using: &random)].id }
            let day = 1 + index % 28, month = 1 + (index / 28) % 12, year = 2000 + index / (28 * 12)
            let (body, named) = self.body(index, names: names, random: &random)
            return Briefing(
                id: "briefing-\(index)", title: "Briefing \(index)",
                summary: "A synthetic briefing on \(themes.joined(separator: " and ")).",
                date: "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)", themes: themes, listed: listed, named: named,
                body: body)
        }
    }

    /// The site as the load stage would read it.
    func sources() -> SiteSources {
        var content: [ContentFile] = []
        for theme in Self.themes {
            content.append(file(.theme, theme, "title: \(theme.capitalized)\nsummary: The \(theme) theme.\n", "An introduction.\n"))
        }
        for entity in entityNames() {
            content.append(
                file(
                    .entity, entity.id, "name: \(entity.name)\nkind: mechanism\naliases: [\(entity.alias)]\nsummary: A synthetic entity.\n",
                    "Description.\n"))
        }
        for briefing in generate() {
            let frontMatter = """
                title: \(briefing.title)
                summary: \(briefing.summary)
                date: \(briefing.date)
                themes: [\(briefing.themes.joined(separator: ", "))]
                entities: [\(briefing.listed.joined(separator: ", "))]

                """
            content.append(file(.briefing, briefing.id, frontMatter, briefing.body))
        }
        let templates = PageKind.allCases.map(\.template).map {
            SourceText(path: "templates/\($0).mustache", text: "<h1>{{page.title}}</h1>{{{body}}}")
        }
        return SiteSources(
            config: SourceText(path: "site.yml", text: "title: Synthetic\nbase_url: https://example.org/\n"), content: content,
            templates: templates, assets: [])
    }

    private func body(
        _ index: Int, names: [(id: String, name: String, alias: String)], random: inout SeededGenerator
    ) -> (String, [String]) {
        var text = ""
        var named: [String] = []
        for section in 0..<3 {
            text += "## Section \(section)\n\n"
            for _ in 0..<3 {
                var sentence: [String] = []
                for _ in 0..<22 { sentence.append(Self.words[Int.random(in: 0..<Self.words.count, using: &random)]) }
                let entity = names[Int.random(in: 0..<names.count, using: &random)]
                named.append(entity.id)
                sentence.insert(
                    Bool.random(using: &random) ? entity.name : entity.alias, at: Int.random(in: 0..<sentence.count, using: &random))
                if Int.random(in: 0..<4, using: &random) == 0 {
                    let linked = names[Int.random(in: 0..<names.count, using: &random)].id
                    named.append(linked)
                    sentence.append("[[\(linked)]]")
                }
                if index > 0, Int.random(in: 0..<4, using: &random) == 0 {
                    sentence.append("[an earlier briefing](briefing-\(Int.random(in: 0..<index, using: &random)).md)")
                }
                text += sentence.joined(separator: " ").capitalizedFirst + ".\n"
            }
            text += "\n"
        }
        return (text, named)
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
