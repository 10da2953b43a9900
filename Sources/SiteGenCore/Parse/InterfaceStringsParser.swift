import Yams

/// Reads files of interface strings (`i18n/fr.yml`, built in and a site's own) and puts together
/// the strings of the site's language: the site's file over the built-in one, English for what
/// both lack, with a warning for each key so filled.
public enum InterfaceStringsParser {
    /// What one file says, each value with where it is.
    struct File {
        var path: String
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
    public static func strings(
        language: String, builtin: [String: SourceText], site: [SourceText], languageLocation: SourceLocation?
    ) -> (InterfaceStrings, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func read(_ source: SourceText?) -> File? {
            guard let source else { return nil }
            let (file, problems) = parse(source)
            diagnostics += problems
            return file
        }
        var ownFiles = Dictionary(site.map { (fileLanguage(of: $0.path), $0) }) { first, _ in first }
        // `en-GB` takes the files of `en-GB`, or else of `en`.
        var builtin = builtin
        if let base = language.split(separator: "-").first.map(String.init), base != language {
            if builtin[language] == nil { builtin[language] = builtin[base] }
            if ownFiles[language] == nil { ownFiles[language] = ownFiles[base] }
        }
        var english = read(builtin["en"]) ?? File(path: "")
        if language != "en", let own = read(ownFiles["en"]) { english = merged(own, over: english) }
        var chosen: File
        switch (read(builtin[language]), language == "en" ? read(ownFiles["en"]) : read(ownFiles[language])) {
        case let (builtin?, own?): chosen = merged(own, over: builtin)
        case let (builtin?, nil): chosen = builtin
        case let (nil, own?): chosen = own
        case (nil, nil):
            if language != "en" {
                diagnostics.append(
                    .warning(
                        .parse, at: languageLocation,
                        "sitegen has no interface strings for language '\(language)' (it has \(builtin.keys.sorted().joined(separator: ", "))): pages print English words until i18n/\(language).yml gives them"
                    ))
            }
            chosen = english
        }
        // Each key English has and the language lacks, at the file that should give it.
        if chosen.path != english.path, let file = ownFiles[language]?.path ?? builtin[language]?.path {
            for key in Set(english.texts.keys).union(english.counted.keys).sorted()
            where chosen.texts[key] == nil && chosen.counted[key] == nil {
                diagnostics.append(missing(key, language: language, in: file))
            }
        }
        for (key, forms) in chosen.counted.sorted(by: { $0.key < $1.key }) {
            let needed = PluralCategory.used(by: language).filter { forms.value[$0] == nil }
            if !needed.isEmpty && forms.value[.other] == nil {
                diagnostics.append(
                    .warning(
                        .parse, at: forms.location,
                        "'\(key)' has no form for \(needed.map(\.rawValue).joined(separator: ", ")), which numbers take in '\(language)'"))
            }
        }
        var strings = InterfaceStrings(language: language)
        strings.texts = english.texts.mapValues(\.value).merging(chosen.texts.mapValues(\.value)) { $1 }
        strings.counted = english.counted.mapValues(\.value).merging(chosen.counted.mapValues(\.value)) { $1 }
        for key in chosen.texts.keys { strings.counted[key] = nil }
        for key in chosen.counted.keys { strings.texts[key] = nil }
        strings.months = (chosen.months ?? english.months)?.value ?? ContentDate.monthNames
        strings.dateFormat = (chosen.dateFormat ?? english.dateFormat)?.value ?? "{day} {month} {year}"
        strings.thousandsSeparator = chosen.thousandsSeparator ?? english.thousandsSeparator ?? ","
        strings.texts["language_name"] = chosen.languageName ?? language
        return (strings, diagnostics)
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
        file.texts = base.texts.merging(own.texts) { $1 }
        file.counted = base.counted.merging(own.counted) { $1 }
        for key in own.texts.keys { file.counted[key] = nil }
        for key in own.counted.keys { file.texts[key] = nil }
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
        var file = File(path: source.path)
        for (key, node) in fields.entries() {
            switch key.value {
            case "months":
                guard case .sequence(let sequence) = node, sequence.count == 12 else {
                    fields.fail(node, "'months' must list the twelve months' names, January first, as a date shows them")
                    continue
                }
                let names = sequence.compactMap { fields.string($0, field: "months")?.value }
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
                    guard var forms = fields.mapping(node, field: key.value, example: "") else { continue }
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
