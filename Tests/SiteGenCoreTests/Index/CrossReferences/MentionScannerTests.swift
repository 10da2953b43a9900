import Testing

@testable import SiteGenCore

/// Mentions found in briefings through the whole parse and index path.
@Suite struct MentionScannerTests {
    static let entities: [String: String] = [
        "content/entities/nato.md":
            "---\nname: NATO\nkind: organisation\naliases: [North Atlantic alliance]\nsummary: The alliance.\n---\nBody.\n",
        "content/entities/eu.md": "---\nname: European Union\nkind: organisation\naliases: [EU]\nsummary: The union.\n---\nBody.\n",
        "content/entities/kyiv.md": "---\nname: Kyiv\nkind: place\nsummary: The capital.\n---\nBody.\n",
    ]

    func index(_ body: String, listed: String = "", linkFirst: Bool = true) throws -> (SiteIndex, [String]) {
        var files = MinimalSite.files.merging(Self.entities) { $1 }
        files["content/briefings/alpha.md"] =
            "---\ntitle: Alpha\nsummary: S\ndate: 2026-01-02\nthemes: [guarantees, next-steps]\n\(listed)---\n\(body)"
        files["content/briefings/beta.md"] = MinimalSite.briefing(title: "Beta", body: "NATO, the EU and Kyiv.\n")
        return try indexSite(files, config: SiteConfig(title: "T", linkFirstMention: linkFirst))
    }

    func mentions(_ index: SiteIndex, of entity: String, in briefing: String = "alpha") -> [Mention] {
        (index.references.mentions[entity] ?? []).filter { $0.briefing == briefing }
    }

    @Test func findsTheThreeKindsOfMention() throws {
        let (index, problems) = try self.index("NATO met. See [[kyiv|the capital]].\n", listed: "entities: [eu]\n")
        #expect(problems == [])
        #expect(mentions(index, of: "nato").map(\.kind) == [.text])
        #expect(mentions(index, of: "kyiv").map(\.kind) == [.wikiLink])
        #expect(mentions(index, of: "eu").map(\.kind) == [.listed])
        #expect(mentions(index, of: "kyiv").first?.snippet == Snippet(before: "See ", term: "the capital", after: "."))
        #expect(index.references.briefingEntities["alpha"] == ["eu", "nato", "kyiv"])
    }

    @Test func wholeWordsAndPossessivesOnly() throws {
        let (index, _) = try self.index("NATO's and NATO’s role; NATOS, UNATO and nato are not. The EU, not EUR or EUROPE; EU-wide is.\n")
        #expect(mentions(index, of: "nato").count == 2)
        #expect(mentions(index, of: "eu").map(\.snippet?.after) == [", not EUR or EUROPE; EU-wide is.", "-wide is."])
    }

    @Test func nothingInCodeOrLinkText() throws {
        let (index, _) = try self.index(
            "`NATO` and [about NATO](beta.md) and ![NATO](../../static/x.png).\n\n    NATO in a code block\n\n```\nNATO\n```\n")
        #expect(mentions(index, of: "nato").isEmpty)
    }

    @Test func namesAcrossALineBreakCountButAreNotLinked() throws {
        let (index, _) = try self.index("The European\nUnion met.\n")
        #expect(mentions(index, of: "eu").count == 1)
        #expect(index.references.autoLinks["content/briefings/alpha.md"] == [])
    }

    @Test func theLongestOfOverlappingNamesWins() throws {
        let (index, _) = try self.index("The North Atlantic alliance and the European Union.\n")
        #expect(mentions(index, of: "nato").map(\.snippet?.term) == ["North Atlantic alliance"])
        #expect(mentions(index, of: "eu").map(\.snippet?.term) == ["European Union"])
    }

    @Test func linksTheFirstTextMentionOnlyAndNotInHeadings() throws {
        let (index, _) = try self.index("## NATO today\n\nNATO met. NATO left.\n\n[[nato]] again.\n")
        let links = index.references.autoLinks["content/briefings/alpha.md"] ?? []
        #expect(links.isEmpty, "an entity that is wiki-linked is not linked again")
        let (second, _) = try self.index("## NATO today\n\nFirst NATO met. NATO left.\n")
        let auto = second.references.autoLinks["content/briefings/alpha.md"] ?? []
        #expect(auto.map { "\($0.entity):\($0.start)-\($0.end)" } == ["nato:6-10"])
        #expect(mentions(second, of: "nato").map(\.anchor) == ["nato-today", "nato-today", "nato-today"])
        let (off, _) = try self.index("First NATO met.\n", linkFirst: false)
        #expect(off.references.autoLinks["content/briefings/alpha.md"] == [])
    }

    @Test func snippetsAreTheSentenceAsPlainText() throws {
        let (index, _) = try self.index("First sentence. A *bold* claim about `code` and NATO’s **role**! Next one? Yes.\n")
        #expect(
            mentions(index, of: "nato").first?.snippet == Snippet(before: "A bold claim about code and ", term: "NATO", after: "’s role!"))
    }

    /// Cut at a space with "…", whole words kept, in any script.
    @Test(arguments: ["word", "слово", "mot\u{301}"])
    func longSentencesAreCutAtAWord(_ word: String) {
        let words = Array(repeating: word, count: 60).joined(separator: " ")
        let text = Array("\(words) NATO \(words).".utf8)
        let start = words.utf8.count + 1
        let snippet = Snippets.sentence(around: start..<start + 4, in: text)
        #expect(snippet.before.hasPrefix("…\(word) "))
        #expect(snippet.before.hasSuffix(" \(word) "))
        #expect(snippet.after.hasPrefix(" \(word)"))
        #expect(snippet.after.hasSuffix(" \(word)…"))
        #expect(snippet.before.utf8.count <= Snippets.reach + 3)
    }

    @Test func aShortSentenceIsWholeWithoutItsLeadingSpaces() {
        let text = Array("One.   Then NATO met. Next.".utf8)
        let start = 12
        #expect(Snippets.sentence(around: start..<start + 4, in: text) == Snippet(before: "Then ", term: "NATO", after: " met."))
    }

    @Test func snippetsAreEscapedOnTheEntityPage() throws {
        var files = MinimalSite.files.merging(Self.entities) { $1 }
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "A &lt;b&gt; claim about NATO & \"friends\". Kyiv, the EU.\n")
        let site = try TestSite(files)
        #expect(site.build().succeeded)
        let page = try site.read("public/entities/nato/index.html")
        #expect(page.contains("<p class=\"snippet__text\">A &lt;b&gt; claim about <mark>NATO</mark> &amp; “friends”.</p>"))
    }
}
