/// The words a site's theme prints, in the site's language: from the built-in strings of that
/// language (`DefaultTheme/i18n/`), with the site's own `i18n/<language>.yml` over them, and
/// English for any key they lack.
public struct InterfaceStrings: Sendable, Hashable {
    /// The BCP 47 tag of the language (`fr`, `uk`).
    public var language: String
    /// Texts by key; a text may hold places such as `{site}`.
    public var texts: [String: String]
    /// Counted phrases by key, with a form for each plural category; `{count}` is the number.
    public var counted: [String: [PluralCategory: String]]
    /// The months' names as a date shows them (genitive where the language wants it).
    public var months: [String]
    /// How a date is written: `{day} {month} {year}`.
    public var dateFormat: String
    /// Between each group of three digits: `10,000`, `10 000`.
    public var thousandsSeparator: String

    public init(
        language: String, texts: [String: String] = [:], counted: [String: [PluralCategory: String]] = [:],
        months: [String] = ContentDate.monthNames, dateFormat: String = "{day} {month} {year}", thousandsSeparator: String = ","
    ) {
        self.language = language
        self.texts = texts
        self.counted = counted
        self.months = months
        self.dateFormat = dateFormat
        self.thousandsSeparator = thousandsSeparator
    }

    /// The text of `key`, its places filled from `values` (`{site}` → the site's title); the key
    /// itself when there is no such text, which the parse stage has already warned of.
    public func text(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        Self.fill(texts[key] ?? key, values)
    }

    /// The form of the counted phrase `key` that `count` takes, with `{count}` written out in the
    /// language's way and the other places filled from `values`.
    public func count(_ key: String, _ count: Int, _ values: KeyValuePairs<String, String> = [:]) -> String {
        let forms = counted[key] ?? [:]
        let form = forms[PluralCategory.of(count, language: language)] ?? forms[.other] ?? key
        return Self.fill(form.replacingOccurrences(of: "{count}", with: number(count)), values)
    }

    /// A whole number with its groups of three digits separated in the language's way.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 3 else { return value < 0 ? "-" + digits : digits }
        var grouped = ""
        for (position, digit) in digits.enumerated() {
            if position > 0 && (digits.count - position) % 3 == 0 { grouped += thousandsSeparator }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `27 November 2026`, `27 novembre 2026`, `27 листопада 2026`.
    public func date(day: Int, month: Int, year: Int) -> String {
        Self.fill(dateFormat, ["day": String(day), "month": months[month - 1], "year": String(year)])
    }

    /// `{name}` places replaced by their values in one pass, so that a value is never read for
    /// places; other braces are kept as they are.
    static func fill(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var filled = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            filled += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values.first(where: { $0.key == after[..<close] })?.value {
                filled += value
                rest = after[after.index(after: close)...]
            } else {
                filled += "{"
                rest = after
            }
        }
        return filled + rest
    }
}

extension InterfaceStrings {
    /// `Person`, `Personne`, `Особа`.
    public func label(_ kind: EntityKind) -> String { text("kind_\(kind.rawValue)") }
    /// The heading of a group of entities of a kind: `People`.
    public func plural(_ kind: EntityKind) -> String { text("kinds_\(kind.rawValue)") }
    public func label(_ kind: SourceKind) -> String { text("source_\(kind.rawValue)") }
    public func plural(_ kind: SourceKind) -> String { text("sources_\(kind.rawValue)") }
    public func label(_ kind: BriefingUpdate.Kind) -> String { text("update_\(kind.rawValue)") }

    /// A claim status's label: the language's word for one of the default statuses, else the id
    /// with a capital and spaces (`well-sourced` → `Well sourced`).
    public func claimLabel(_ id: String) -> String { texts["claim_label_\(id)"] ?? ClaimStatus.label(of: id) }

    /// "People, states and organisations": a heading for a list of entities of these kinds.
    public func heading(for kinds: [EntityKind]) -> String {
        // After the first, each word as it is written inside a list: lowercase, unless the
        // language says otherwise (`kinds_state_inline: États`).
        let words = kinds.enumerated().map { position, kind in
            position == 0 ? plural(kind) : texts["kinds_\(kind.rawValue)_inline"] ?? plural(kind).lowercased()
        }
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(text("list_and")) " + words.last!
    }
}
