import Testing

@testable import SiteGenCore

@Suite struct CollationTests {
    func sorted(_ names: [String], _ language: String) -> [String] {
        let collation = Collation(language: language)
        return names.sorted { collation.precedes(($0, $0), ($1, $1)) }
    }

    @Test func ukrainianLettersTakeTheirPlaceInTheAlphabet() {
        // Code point order puts Є, І, Ї before А and Ґ after Я.
        #expect(
            sorted(["Ґанок", "Європа", "Гора", "Іван", "Їжак", "Игор", "Київ", "Абетка", "Яблуко"], "uk")
                == ["Абетка", "Гора", "Ґанок", "Європа", "Игор", "Іван", "Їжак", "Київ", "Яблуко"])
    }

    @Test func frenchSortsAccentedLettersWithTheirBase() {
        #expect(sorted(["Zèbre", "Élysée", "Europe", "eau"], "fr") == ["eau", "Élysée", "Europe", "Zèbre"])
    }

    @Test func caseAsideThenIdsBreakTies() {
        let collation = Collation(language: "en")
        #expect(collation.precedes("nato", "NATO") == nil)
        #expect(collation.precedes(("NATO", "a"), ("nato", "b")))
        #expect(!collation.precedes(("NATO", "b"), ("nato", "a")))
    }

    @Test func theIndexOfAUkrainianSiteIsInItsAlphabet() throws {
        var files = MinimalSite.files
        files["site.yml"] = MinimalSite.config + "\nlanguage: uk\n"
        for (id, name) in [("yevropa", "Європа"), ("hora", "Гора"), ("ganok", "Ґанок"), ("abetka", "Абетка")] {
            files["content/entities/\(id).md"] = "---\nname: \(name)\nkind: place\nsummary: Місце.\n---\nТекст.\n"
        }
        files["content/briefings/alpha.md"] = MinimalSite.briefing(
            title: "Alpha", themes: "[guarantees, next-steps]", body: "Абетка, Гора, Ґанок і Європа.\n")
        let site = try TestSite(files)
        #expect(site.build().succeeded)
        let index = try site.read("public/index/index.html")
        let places = ["Абетка", "Гора", "Ґанок", "Європа"].compactMap { index.range(of: ">\($0)</a>")?.lowerBound }
        #expect(places.count == 4)
        #expect(places == places.sorted())
    }
}
