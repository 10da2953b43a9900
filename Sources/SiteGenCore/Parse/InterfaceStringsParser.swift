/// Reads files of interface strings (`i18n/fr.yml`, built in and a site's own) and puts together
/// the strings of the site's language: the site's file over the built-in one, English for what
/// both lack, with a warning for each key so filled.
public enum InterfaceStringsParser {
    /// What one file says, each value with where it is.
    struct File {
        var texts: [String: Located<String>] = [:]
        var counted: [String: Located<[PluralCategory: String]>] = [:]
        var months: Located<[String]>?
        var dateFormat: Located<String>?
        var thousandsSeparator: String?
        var languageName: String?
    }

    /// The strings of `language`, from the built-in files (by language) and the site's (paths
    /// `i18n/<language>.yml`). `languageLocation` is where site.yml names the language, for a
    /// language with no strings at all.
    ///
    /// Each key is taken from the first file that gives it, in this order: the site's file of the
    /// language (`i18n/fr-CA.yml`), the site's file of its base language (`i18n/fr.yml`), the
    /// built-in file of either, then English (the site's `i18n/en.yml` over the built-in one).
    public static func strings(
        language: String, builtin: [String: SourceText], site: [SourceText], languageLocation: SourceLocation?
    ) -> (InterfaceStrings, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var read: [String: File] = [:]
        func file(_ source: SourceText?) -> File? {
            guard let source else { return nil }
            if let known = read[source.path] { return known }
            let (file, problems) = parse(source)
            diagnostics += problems
            read[source.path] = file
            return file
        }
        let own = Dictionary(site.map { (fileLanguage(of: $0.path), $0) }) { first, _ in first }
        let base = language.split(separator: "-").first.map(String.init) ?? language
        let tags = base == language ? [language] : [language, base]
        // Lowest first: each file goes over those before it.
        let english = [file(builtin["en"]), file(own["en"])].compactMap { $0 }.reduce(File(), { merged($1, over: $0) })
        let chain = (tags.map { own[$0] } + [tags.lazy.compactMap { builtin[$0] }.first]).compactMap(file)
        guard !chain.isEmpty || base == "en" else {
            diagnostics.append(
                .warning(
                    .parse, at: languageLocation,
                    "sitegen has no interface strings for language '\(language)' (it has \(builtin.keys.sorted().joined(separator: ", "))): pages print English words until i18n/\(language).yml gives them"
                ))
            return (resolved(english, language: language, languageName: language), diagnostics)
        }
        let chosen = chain.reversed().reduce(File(), { merged($1, over: $0) })
        // Each key English has and the language lacks, at the site's file that should give it.
        if base != "en" {
            let lacking = Set(english.texts.keys).union(english.counted.keys).subtracting(chosen.texts.keys).subtracting(
                chosen.counted.keys)
            let path = own[language]?.path ?? own[base]?.path ?? "\(SiteLayout.strings)/\(base).yml"
            for key in lacking.sorted() { diagnostics.append(missing(key, language: language, in: path)) }
        }
        // A text where English counts, or forms where English has a text: an error at the key.
        for file in chain {
            for (key, text) in file.texts where english.counted[key] != nil {
                diagnostics.append(
                    .error(
                        .parse, at: text.location,
                        "'\(key)' is a count: give a form for each plural category, e.g. \(key): {one: \"…\", other: \"…\"}"))
            }
            for (key, forms) in file.counted where english.texts[key] != nil {
                diagnostics.append(.error(.parse, at: forms.location, "'\(key)' is a text, not a count: give it as one line of text"))
            }
        }
        // Every form the language's numbers take: `other` is not a stand-in (Ukrainian's `other`
        // is for fractions, `5 брифінгу`).
        let needed = PluralCategory.used(by: language)
        for file in chain {
            for (key, forms) in file.counted.sorted(by: { $0.key < $1.key }) where english.texts[key] == nil {
                let lacking = needed.filter { forms.value[$0] == nil }
                if !lacking.isEmpty {
                    diagnostics.append(
                        .warning(
                            .parse, at: forms.location,
                            "'\(key)' has no form for \(lacking.map(\.rawValue).joined(separator: ", ")), which numbers take in '\(language)'"
                        ))
                }
            }
        }
        return (resolved(merged(chosen, over: english), language: language, languageName: chosen.languageName ?? language), diagnostics)
    }

    private static func resolved(_ file: File, language: String, languageName: String) -> InterfaceStrings {
        var strings = InterfaceStrings(language: language)
        strings.texts = file.texts.mapValues(\.value)
        strings.counted = file.counted.mapValues(\.value)
        strings.months = file.months?.value ?? ContentDate.monthNames
        strings.dateFormat = file.dateFormat?.value ?? "{day} {month} {year}"
        strings.thousandsSeparator = file.thousandsSeparator ?? ","
        strings.texts["language_name"] = languageName
        return strings
    }

    /// The language a strings file is for: `i18n/fr.yml` → `fr`.
    static func fileLanguage(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
    }

    private static func missing(_ key: String, language: String, in path: String) -> Diagnostic {
        .warning(
            .parse, at: SourceLocation(path: path), "no '\(language)' text for the interface string '\(key)': the English one is printed")
    }

    /// `own`'s values, and `base`'s where `own` has none.
    static func merged(_ own: File, over base: File) -> File {
        var file = own
        // A text does not replace a count, nor forms a text: that is an error, and the key keeps
        // what the file below gives.
        file.texts = base.texts.merging(own.texts.filter { base.counted[$0.key] == nil }) { $1 }
        file.counted = base.counted.merging(own.counted.filter { base.texts[$0.key] == nil }) { $1 }
        file.months = own.months ?? base.months
        file.dateFormat = own.dateFormat ?? base.dateFormat
        file.thousandsSeparator = own.thousandsSeparator ?? base.thousandsSeparator
        file.languageName = own.languageName ?? base.languageName
        return file
    }

    /// One file: a text per key, a mapping of plural forms for a counted phrase, and the settings
    /// `months`, `date_format`, `thousands_separator` and `language_name`.
    static func parse(_ source: SourceText) -> (File, [Diagnostic]) {
        var fields = YAMLFields(yaml: source.text, path: source.path, firstLine: 1)
        var file = File()
        for (key, node) in fields.entries() {
            switch key.value {
            case "months":
                guard case .sequence(let sequence) = node, sequence.items.count == 12 else {
                    fields.fail(node, "'months' must list the twelve months' names, January first, as a date shows them")
                    continue
                }
                let names = sequence.items.compactMap { fields.string($0, field: "months")?.value }
                if names.count == 12 { file.months = Located(names, at: key.location) }
            case "date_format":
                guard let format = fields.string(node, field: key.value) else { continue }
                if !format.value.contains("{day}") || !format.value.contains("{month}") || !format.value.contains("{year}") {
                    fields.fail(node, "'date_format' must hold {day}, {month} and {year}, as in \"{day} {month} {year}\"")
                } else {
                    file.dateFormat = format
                }
            case "thousands_separator": file.thousandsSeparator = fields.string(node, field: key.value)?.value
            case "language_name": file.languageName = fields.string(node, field: key.value)?.value
            default:
                if case .mapping = node {
                    guard var forms = fields.mapping(node, field: key.value) else { continue }
                    var counted: [PluralCategory: String] = [:]
                    for (name, form) in forms.textEntries() {
                        guard let category = PluralCategory(rawValue: name.value) else {
                            let names = PluralCategory.allCases.map(\.rawValue)
                            forms.diagnostics.append(
                                .error(
                                    .parse, at: name.location,
                                    "unknown plural form '\(name.value)'\(Suggestion.didYouMean(name.value, in: names)): the forms are \(names.joined(separator: ", ")) (CLDR's categories)"
                                ))
                            continue
                        }
                        counted[category] = form.value
                    }
                    fields.diagnostics += forms.diagnostics
                    file.counted[key.value] = Located(counted, at: key.location)
                } else if let text = fields.string(node, field: key.value) {
                    file.texts[key.value] = text
                }
            }
        }
        return (file, fields.diagnostics)
    }
}

extension InterfaceStrings {
    /// The built-in English strings: what a site without `language:` prints.
    public static let english = InterfaceStringsParser.strings(
        language: "en", builtin: BuiltinTheme.strings, site: [], languageLocation: nil
    ).0
}
