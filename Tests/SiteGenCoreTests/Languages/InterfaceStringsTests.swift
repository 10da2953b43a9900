import Testing

@testable import SiteGenCore

@Suite struct InterfaceStringsTests {
    func strings(_ language: String, site: [String: String] = [:]) -> (InterfaceStrings, [String]) {
        let (strings, problems) = InterfaceStringsParser.strings(
            language: language, builtin: BuiltinTheme.strings, site: site.map { SourceText(path: $0.key, text: $0.value) },
            languageLocation: SourceLocation(path: "site.yml", line: 3, column: 11))
        return (strings, problems.map(\.description))
    }

    @Test func everyBuiltInLanguageHasEveryEnglishString() {
        for language in BuiltinTheme.strings.keys {
            let (strings, problems) = strings(language)
            #expect(problems.isEmpty, "\(language): \(problems)")
            // Every English key, and beyond them only a language's own forms inside lists.
            let keys = Set(strings.texts.keys).union(strings.counted.keys)
            let english = Set(InterfaceStrings.english.texts.keys).union(InterfaceStrings.english.counted.keys)
            #expect(english.isSubset(of: keys), "\(language) lacks \(english.subtracting(keys))")
            #expect(keys.subtracting(english).allSatisfy { $0.hasSuffix("_inline") }, "\(language): \(keys.subtracting(english))")
            for (key, forms) in strings.counted {
                for category in PluralCategory.used(by: language) { #expect(forms[category] != nil, "\(language) \(key) \(category)") }
            }
        }
    }

    @Test func countsTakeTheFormOfTheirNumber() {
        let (ukrainian, _) = strings("uk")
        #expect(ukrainian.count("briefings_count", 1) == "1 брифінг")
        #expect(ukrainian.count("briefings_count", 3) == "3 брифінги")
        #expect(ukrainian.count("briefings_count", 5) == "5 брифінгів")
        #expect(ukrainian.count("briefings_count", 21) == "21 брифінг")
        #expect(ukrainian.count("briefings_count", 10_000) == "10\u{A0}000 брифінгів")
        let (french, _) = strings("fr")
        #expect(french.count("briefings_count", 0) == "0 note")
        #expect(french.count("briefings_count", 12_500) == "12\u{202F}500 notes")
        #expect(InterfaceStrings.english.count("briefings_count", 1) == "1 briefing")
        #expect(InterfaceStrings.english.count("briefings_count", 1_234) == "1,234 briefings")
    }

    @Test func datesAreWrittenInTheLanguage() throws {
        let date = try ContentDate.parse("2026-11-27").get()
        #expect(date.long(in: strings("fr").0) == "27 novembre 2026")
        #expect(date.long(in: strings("uk").0) == "27 листопада 2026")
        #expect(date.long(in: InterfaceStrings.english) == "27 November 2026")
    }

    @Test func aSiteFileChangesSomeStringsAndKeepsTheRest() {
        let (strings, problems) = strings(
            "fr",
            site: ["i18n/fr.yml": "home: Accueil du site\nbriefings_count:\n  one: \"{count} dossier\"\n  other: \"{count} dossiers\"\n"])
        #expect(problems.isEmpty)
        #expect(strings.text("home") == "Accueil du site")
        #expect(strings.text("search") == "Recherche")
        #expect(strings.count("briefings_count", 2) == "2 dossiers")
    }

    @Test func aMissingStringIsAWarningNamingTheKeyAndTheLanguage() {
        let (strings, problems) = strings("de", site: ["i18n/de.yml": "home: Startseite\n"])
        #expect(strings.text("home") == "Startseite")
        #expect(strings.text("search") == "Search")
        #expect(problems.contains("i18n/de.yml:1:1: warning: no 'de' text for the interface string 'search': the English one is printed"))
        let keys = Set(InterfaceStrings.english.texts.keys).union(InterfaceStrings.english.counted.keys).subtracting([
            "home", "language_name",
        ])
        #expect(problems.count == keys.count)
    }

    @Test func aLanguageWithNoStringsIsOneWarningAtSiteYml() {
        let (strings, problems) = strings("de")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("site.yml:3:11: warning: sitegen has no interface strings for language 'de'") == true)
        #expect(strings.text("home") == "Home")
    }

    @Test func badFormsAndMonthsAreErrorsWhereTheyAre() {
        let (_, problems) = strings(
            "fr",
            site: ["i18n/fr.yml": "briefings_count:\n  one: \"{count} note\"\n  several: \"{count} notes\"\nmonths: [janvier, février]\n"])
        #expect(problems.contains { $0.hasPrefix("i18n/fr.yml:3:3: error: unknown plural form 'several'") })
        #expect(problems.contains { $0.hasPrefix("i18n/fr.yml:4:9: error: 'months' must list the twelve months") })
    }

    @Test func aFormTheLanguageNeedsIsAWarningEvenWithOther() {
        // Ukrainian's `other` is for fractions: `5 брифінгу` would be wrong.
        let (_, problems) = strings(
            "uk",
            site: [
                "i18n/uk.yml": "briefings_count:\n  one: \"{count} брифінг\"\n  few: \"{count} брифінги\"\n  other: \"{count} брифінгу\"\n"
            ])
        #expect(problems == ["i18n/uk.yml:1:1: warning: 'briefings_count' has no form for many, which numbers take in 'uk'"])
    }

    @Test func aTextWhereEnglishCountsIsAnErrorAtItsKey() {
        let (strings, problems) = strings("fr", site: ["i18n/fr.yml": "home: Accueil\nbriefings_count: \"{count} notes\"\n"])
        #expect(
            problems.contains {
                $0.hasPrefix("i18n/fr.yml:2:18: error: 'briefings_count' is a count: give a form for each plural category")
            })
        #expect(strings.count("briefings_count", 2) == "2 notes", "the built-in French form is kept")
        let (_, reverse) = self.strings("fr", site: ["i18n/fr.yml": "home:\n  one: Accueil\n"])
        #expect(reverse.contains { $0.hasPrefix("i18n/fr.yml:1:1: error: 'home' is a text, not a count") })
    }

    @Test func aRegionalLanguageTakesItsOwnFileThenItsBaseLanguagesThenTheBuiltIn() {
        let (canadian, problems) = strings(
            "fr-CA", site: ["i18n/fr-CA.yml": "home: Accueil (Canada)\n", "i18n/fr.yml": "home: Accueil du site\nsearch: Chercher\n"])
        #expect(problems.isEmpty)
        #expect(canadian.text("home") == "Accueil (Canada)")
        #expect(canadian.text("search") == "Chercher")
        #expect(canadian.text("themes") == "Thèmes")
        let (british, _) = strings("en-GB", site: ["i18n/en-GB.yml": "home: Front page\n", "i18n/en.yml": "search: Find\n"])
        #expect(british.text("home") == "Front page")
        #expect(british.text("search") == "Find")
        #expect(british.text("themes") == "Themes")
    }

    @Test func placesAreFilledInOnePass() {
        #expect(InterfaceStrings.fill("{a} and {b}", ["a": "{b}", "b": "x"]) == "{b} and x")
        #expect(InterfaceStrings.fill("{unknown} {a}", ["a": "1"]) == "{unknown} 1")
    }

    @Test func aListOfKindsIsWrittenAsTheLanguageWritesItInsideASentence() {
        #expect(InterfaceStrings.english.heading(for: [.person, .state, .organisation]) == "People, states and organisations")
        #expect(strings("fr").0.heading(for: [.person, .state, .organisation]) == "Personnes, États et organisations")
        #expect(strings("uk").0.heading(for: [.person, .state]) == "Особи і держави")
    }

    @Test func aStringsFileThatIsNotAMappingSaysSo() {
        let (_, problems) = strings("fr", site: ["i18n/fr.yml": "- a\n- b\n"])
        #expect(problems == ["i18n/fr.yml:1:1: error: i18n/fr.yml must be a mapping of 'key: value' lines"])
    }
}
