import Testing

@testable import SiteGenCore

/// Indexes a site given as content files, through the real load-free parse path.
func indexSite(_ files: [String: String], config: SiteConfig = SiteConfig(title: "T"), drafts: Bool = false) throws -> (SiteIndex, [String])
{
    var briefings: [Briefing] = []
    var themes: [Theme] = []
    var entities: [Entity] = []
    var sources: [Source] = []
    var problems: [Diagnostic] = []
    for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("content/") {
        let kind: ContentKind =
            path.contains("/themes/") ? .theme : path.contains("/entities/") ? .entity : path.contains("/sources/") ? .source : .briefing
        let id = String(path.split(separator: "/").last!.dropLast(3))
        let file = try FrontMatterSplitter.split(text, path: path, kind: kind, id: id).get()
        switch kind {
        case .briefing:
            let (b, p) = BriefingParser.parse(file, config: MarkdownOptions())
            briefings += b.map { [$0] } ?? []
            problems += p
        case .theme:
            let (t, p) = ThemeParser.parse(file, config: MarkdownOptions())
            themes += t.map { [$0] } ?? []
            problems += p
        case .entity:
            let (e, p) = EntityParser.parse(file, config: MarkdownOptions())
            entities += e.map { [$0] } ?? []
            problems += p
        case .source:
            let (s, p) = SourceParser.parse(file, config: MarkdownOptions())
            sources += s.map { [$0] } ?? []
            problems += p
        }
    }
    let (index, indexProblems) = SiteIndexer.index(
        IndexInput(config: config, briefings: briefings, themes: themes, entities: entities, sources: sources, includeDrafts: drafts))
    return (index, (problems + indexProblems).sorted().map(\.description))
}

@Suite struct SiteIndexerTests {
    @Test func unknownThemeSuggestsTheClosest() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(themes: "[next-steps, guarntees]")
        let (_, problems) = try indexSite(files)
        #expect(problems == ["content/briefings/alpha.md:5:22: error: unknown theme 'guarntees' (did you mean 'guarantees'?)"])
    }

    @Test func themeWithoutBriefingsIsAWarning() throws {
        var files = MinimalSite.files
        files["content/themes/empty.md"] = MinimalSite.theme("Empty")
        let (_, problems) = try indexSite(files)
        #expect(problems == ["content/themes/empty.md:1:1: warning: theme 'empty' has no briefings"])
    }

    @Test func ordersBriefingsNewestFirstThenByWeightThenID() throws {
        var files = MinimalSite.files
        files["content/briefings/gamma.md"] = "---\ntitle: G\nsummary: S\ndate: 2026-01-03\nweight: -1\nthemes: [guarantees]\n---\n"
        files["content/briefings/delta.md"] = "---\ntitle: D\nsummary: S\ndate: 2026-01-03\nthemes: [guarantees]\n---\n"
        let (index, _) = try indexSite(files)
        #expect(index.briefings.map(\.id) == ["gamma", "beta", "delta", "alpha"])
        #expect(index.briefings(inTheme: "next-steps").map(\.id) == ["alpha"])
    }

    @Test func themesFollowSiteOrderOrTheirOrderField() throws {
        var files = MinimalSite.files
        files["content/themes/guarantees.md"] = "---\ntitle: G\nsummary: S\norder: 2\n---\n"
        files["content/themes/next-steps.md"] = "---\ntitle: N\nsummary: S\norder: 1\n---\n"
        let (byField, _) = try indexSite(files)
        #expect(byField.themes.map(\.id) == ["next-steps", "guarantees"])
        let config = SiteConfig(
            title: "T",
            themeOrder: [
                Located("guarantees", at: SourceLocation(path: "site.yml")),
                Located("next-stpes", at: SourceLocation(path: "site.yml", line: 3, column: 5)),
            ])
        let (listed, problems) = try indexSite(files, config: config)
        #expect(listed.themes.map(\.id) == ["guarantees", "next-steps"])
        #expect(
            problems == [
                "content/themes/next-steps.md:1:1: warning: theme 'next-steps' is missing from the themes of site.yml; it is placed last",
                "site.yml:3:5: error: unknown theme 'next-stpes' in the themes of site.yml (did you mean 'next-steps'?)",
            ])
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        var files = MinimalSite.files
        files["content/briefings/draft.md"] = "---\ntitle: D\nsummary: S\ndate: 2026-01-09\nthemes: [guarantees]\ndraft: true\n---\n"
        #expect(try indexSite(files).0.briefing("draft") == nil)
        #expect(try indexSite(files, drafts: true).0.briefings.first?.id == "draft")
    }

    /// Left out, a draft is still checked: what would fail the build once it is published is a
    /// warning now, at its place. With --drafts it is an error, as for any briefing.
    @Test func aDraftsProblemsAreWarningsWithoutDrafts() throws {
        var files = MinimalSite.files
        files["content/briefings/draft.md"] =
            "---\ntitle: D\nsummary: S\ndate: 2026-01-09\nthemes: [guarantes]\ndraft: true\n---\nSee [a](alhpa.md) and [[Nowhere]].\n"
        let (_, problems) = try indexSite(files)
        let suffix = " (in a draft: an error once it is published)"
        #expect(
            problems == [
                "content/briefings/draft.md:5:10: warning: unknown theme 'guarantes' (did you mean 'guarantees'?)" + suffix,
                "content/briefings/draft.md:8:5: warning: link to 'alhpa.md': no such content file (did you mean 'alpha.md'?)" + suffix,
                "content/briefings/draft.md:8:23: warning: wiki-link to unknown entity 'Nowhere'" + suffix,
            ])
        let (_, withDrafts) = try indexSite(files, drafts: true)
        #expect(withDrafts.filter { $0.contains(": error: ") }.count == 3, "\(withDrafts)")
        #expect(!withDrafts.contains { $0.contains(suffix) })
    }

    @Test func resolvesLinksAndRecordsBacklinks() throws {
        var files = MinimalSite.files
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[next-steps]", body: "## Part one\n\nSee [beta](beta.md) and [the theme](../themes/next-steps.md).\n")
        files["content/briefings/beta.md"] = MinimalSite.briefing(title: "Beta", body: "[alpha](./alpha.md#part-one), [again](alpha.md)\n")
        let (index, problems) = try indexSite(files)
        #expect(problems.isEmpty)
        let alpha = try #require(index.briefing("alpha"))
        #expect(index.links["content/briefings/alpha.md"]?.values.sorted() == ["briefings/beta/", "themes/next-steps/"])
        #expect(index.links["content/briefings/beta.md"]?.values.sorted() == ["briefings/alpha/", "briefings/alpha/#part-one"])
        #expect(index.backlinks["alpha"] == ["beta"])
        #expect(index.backlinks["beta"] == ["alpha"])
        #expect(alpha.body.links.count == 2)
    }

    @Test func brokenLinksAreErrorsAtTheLink() throws {
        var files = MinimalSite.files
        files["content/briefings/draft.md"] = "---\ntitle: D\nsummary: S\ndate: 2026-01-09\nthemes: [guarantees]\ndraft: true\n---\n"
        files["content/briefings/beta.md"] = MinimalSite.briefing(
            title: "Beta", body: "[a](alhpa.md)\n[b](alpha.md#nowhere)\n[c](draft.md)\n[d](../../../etc/passwd.md)\n")
        let (_, problems) = try indexSite(files)
        #expect(
            problems == [
                "content/briefings/beta.md:7:1: error: link to 'alhpa.md': no such content file (did you mean 'alpha.md'?)",
                "content/briefings/beta.md:8:1: error: link to 'alpha.md#nowhere': content/briefings/alpha.md has no heading with anchor '#nowhere'",
                "content/briefings/beta.md:9:1: error: link to 'draft.md': a draft, which is left out without --drafts",
                "content/briefings/beta.md:10:1: error: link to '../../../etc/passwd.md': it leads outside the site folder",
            ])
    }

    @Test func pagesAndWhatTheyDependOn() throws {
        let (index, _) = try indexSite(MinimalSite.files)
        #expect(
            index.pages.map(\.path) == [
                "", "briefings/", "themes/", "index/", "search/", "book/", "updates/", "404.html", "themes/guarantees/",
                "themes/next-steps/",
                "briefings/beta/",
                "briefings/alpha/",
            ])
        let touched = index.pages(dependingOn: "content/briefings/alpha.md").map(\.path)
        #expect(
            touched == [
                "", "briefings/", "themes/", "index/", "book/", "themes/guarantees/", "themes/next-steps/", "briefings/beta/",
                "briefings/alpha/",
            ])
        #expect(index.pages(dependingOn: "content/themes/guarantees.md").count == index.pages.count)
        #expect(index.pages(dependingOn: "content/briefings/unknown.md").isEmpty)
    }
}
