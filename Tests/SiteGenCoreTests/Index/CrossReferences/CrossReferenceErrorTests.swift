import Testing

@testable import SiteGenCore

@Suite struct CrossReferenceErrorTests {
    @Test func unknownWikiLinkTargetAtItsPlaceWithASuggestion() throws {
        var files = MinimalSite.files.merging(MentionScannerTests.entities) { $1 }
        files["content/briefings/beta.md"] = MinimalSite.briefing(
            title: "Beta", body: "NATO, EU, Kyiv.\n\nSee *this* and [[natto]] or\n`[[skipped]]` [[Kyev|x]].\n")
        let (_, problems) = try indexSite(files)
        #expect(
            problems == [
                "content/briefings/beta.md:9:16: error: wiki-link to unknown entity 'natto' (did you mean 'NATO'?)",
                "content/briefings/beta.md:10:15: error: wiki-link to unknown entity 'Kyev' (did you mean 'Kyiv'?)",
            ])
    }

    @Test func aNameSharedByTwoEntitiesNamesBothFiles() throws {
        var files = MinimalSite.files.merging(MentionScannerTests.entities) { $1 }
        files["content/entities/eurozone.md"] = "---\nname: Eurozone\nkind: concept\naliases: [Euro area, EU]\nsummary: S.\n---\n"
        files["content/briefings/beta.md"] = MinimalSite.briefing(title: "Beta", body: "NATO, the EU, Kyiv and the Eurozone.\n")
        let (_, problems) = try indexSite(files)
        #expect(
            problems == [
                "content/entities/eurozone.md:4:22: error: 'EU' already names the entity 'eu' (content/entities/eu.md); a name or alias must name one entity only"
            ])
    }

    @Test func unmentionedEntitiesWarnAndUnknownListedOnesAreErrors() throws {
        var files = MinimalSite.files.merging(MentionScannerTests.entities) { $1 }
        files["content/briefings/beta.md"] =
            "---\ntitle: Beta\nsummary: S\ndate: 2026-01-03\nthemes: [guarantees]\nentities: [nato, ky1v]\n---\nBody.\n"
        let (_, problems) = try indexSite(files)
        #expect(
            problems == [
                "content/briefings/beta.md:6:18: error: unknown entity 'ky1v' (did you mean 'kyiv'?)",
                "content/entities/eu.md:1:1: warning: entity 'eu' is mentioned in no briefing",
                "content/entities/kyiv.md:1:1: warning: entity 'kyiv' is mentioned in no briefing",
            ])
    }

    @Test func entityFrontMatterIsChecked() throws {
        var files = MinimalSite.files
        files["content/entities/x.md"] = "---\nname: X\nkind: persn\nsummary: S\naliases: [\"\"]\n---\n"
        let (_, problems) = try indexSite(files)
        #expect(
            problems == [
                "content/entities/x.md:3:7: error: unknown kind 'persn' (did you mean 'person'?): use one of person, state, organisation, place, mechanism, concept",
                "content/entities/x.md:5:11: error: an alias must not be empty",
            ])
    }
}
