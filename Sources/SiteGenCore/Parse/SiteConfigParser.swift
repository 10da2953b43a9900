/// Decodes `site.yml` into a `SiteConfig`.
public enum SiteConfigParser {
    public static func parse(_ source: SourceText) -> (SiteConfig?, [Diagnostic]) {
        var fields = YAMLFields(yaml: source.text, path: source.path, firstLine: 1)
        let title = fields.string("title", required: true)
        let description = fields.string("description")
        let language = fields.string("language")
        let themes = fields.strings("themes")
        let author = fields.string("author")
        let cname = fields.string("cname")
        var paginate = SiteConfig.defaultPaginate
        if let perPage = fields.int("paginate") {
            if perPage > 0 {
                paginate = perPage
            } else if let node = fields.node("paginate", required: false) {
                fields.fail(node, "'paginate' must be a number of briefings per page above 0, not \(perPage)")
            }
        }
        var claims: [ClaimStatus]?
        if var section = fields.mapping("claims") {
            claims = []
            for (key, value) in section.textEntries() {
                if ClaimParser.marker(in: "[\(key.value)] x")?.0 != key.value {
                    section.diagnostics.append(
                        .error(
                            .parse, at: key.location,
                            "a claim status must be lowercase a–z, 0–9 and '-', as it is written between brackets: '[\(key.value.lowercased())]'"
                        ))
                } else {
                    claims?.append(ClaimStatus(id: key.value, description: value.value))
                }
            }
            if claims?.isEmpty == true, section.diagnostics.isEmpty {
                fields.diagnostics.append(
                    .error(.parse, at: section.start, "'claims' must name at least one status, e.g. reported: Reported, not confirmed."))
            }
            fields.diagnostics += section.diagnostics
        }
        var authors: [Person] = []
        if let section = fields.mapping("authors") {
            var section = section
            for (key, node) in section.mappingEntries() {
                guard var person = node else { continue }
                if !Person.looksLikeID(key.value) {
                    section.diagnostics.append(
                        .error(
                            .parse, at: key.location,
                            "an author's id must be lowercase a–z, 0–9 and '-', as briefings name them: '\(key.value)'"))
                }
                let name = person.string("name", required: true)
                let role = person.string("role")
                let url = person.string("url")
                if let url, !(url.value.lowercased().hasPrefix("https://") || url.value.lowercased().hasPrefix("http://")) {
                    person.diagnostics.append(.error(.parse, at: url.location, "'url' must be a full http(s) URL, not '\(url.value)'"))
                }
                section.diagnostics += person.diagnostics + person.unknownKeys()
                if let name { authors.append(Person(id: key.value, name: name.value, role: role?.value, url: url?.value)) }
            }
            fields.diagnostics += section.diagnostics
        }
        let languages = Self.languages(&fields, own: language?.value ?? "en")
        let requireCitations = fields.bool("require_citations") ?? false
        let feedContent: SiteConfig.FeedContent = fields.choice("feed_content") ?? .summary
        let relativeURLs = fields.bool("relative_urls") ?? false
        var staleAfterDays: Int?
        if let days = fields.int("stale_after_days") {
            if days > 0 {
                staleAfterDays = days
            } else if let node = fields.node("stale_after_days", required: false) {
                fields.fail(node, "'stale_after_days' must be a number of days above 0, not \(days)")
            }
        }
        var timeZone = SiteTimeZone.utc
        if let zone = fields.string("timezone") {
            if let known = SiteTimeZone(identifier: zone.value) {
                timeZone = known
            } else {
                fields.diagnostics.append(
                    .error(
                        .parse, at: zone.location,
                        "unknown time zone '\(zone.value)'\(Suggestion.didYouMean(zone.value, in: SiteTimeZone.knownIdentifiers)): use an IANA name such as Europe/Paris, or UTC"
                    ))
            }
        }
        var baseURL = "/"
        var baseURLLocation = SourceLocation(path: source.path)
        if let given = fields.string("base_url") {
            if let normalised = BaseURL.normalised(given.value) {
                baseURL = normalised
                baseURLLocation = given.location
            } else {
                fields.diagnostics.append(
                    .error(
                        .parse, at: given.location,
                        "'base_url' must be an http(s) URL such as https://example.org/briefings/, or a path starting with '/'"))
            }
        }
        var markdown = MarkdownOptions()
        if var section = fields.mapping("markdown") {
            markdown.unsafeHTML = section.bool("unsafe_html") ?? markdown.unsafeHTML
            markdown.smartPunctuation = section.bool("smart_punctuation") ?? markdown.smartPunctuation
            if let limit = section.int("max_file_kib") {
                if limit > 0 {
                    markdown.maxFileKiB = limit
                } else if let node = section.node("max_file_kib", required: false) {
                    section.fail(node, "'max_file_kib' must be a number of KiB above 0, not \(limit)")
                }
            }
            fields.diagnostics += section.diagnostics + section.unknownKeys()
        }
        var linkFirstMention = true
        if var section = fields.mapping("xref") {
            linkFirstMention = section.bool("link_first_mention") ?? linkFirstMention
            fields.diagnostics += section.diagnostics + section.unknownKeys()
        }
        let diagnostics = fields.diagnostics + fields.unknownKeys()
        guard let title else { return (nil, diagnostics) }
        var config = SiteConfig(
            title: title.value, description: description?.value ?? "", baseURL: baseURL,
            language: language?.value ?? "en", themeOrder: themes, markdown: markdown,
            linkFirstMention: linkFirstMention)
        config.languageLocation = language?.location
        config.languages = languages ?? []
        config.languagesUnreadable = languages == nil
        config.author = author?.value
        config.cname = cname?.value
        config.paginate = paginate
        config.feedContent = feedContent
        config.relativeURLs = relativeURLs
        config.timeZone = timeZone
        config.requireCitations = requireCitations
        config.authors = authors
        config.staleAfterDays = staleAfterDays
        if let claims, !claims.isEmpty {
            config.claims = claims
            config.hasOwnClaims = true
        }
        config.baseURLSource = .file(baseURLLocation)
        return (config, diagnostics)
    }

    /// `languages:`, each a folder of its own: `fr: { title: …, description: … }`; nil when it is
    /// there but not a mapping (an error says so).
    private static func languages(_ fields: inout YAMLFields, own: String) -> [SiteLanguage]? {
        let present = fields.node("languages", required: false) != nil
        guard var section = fields.mapping("languages") else { return present ? nil : [] }
        var languages: [SiteLanguage] = []
        for (key, node) in section.mappingEntries() {
            guard var entry = node else { continue }
            if !ContentPath.isLanguageTag(key.value) {
                section.diagnostics.append(
                    .error(
                        .parse, at: key.location,
                        "'\(key.value)' is not a language tag as file names write it: lowercase, such as fr, uk or pt-br"))
            } else if key.value == own {
                section.diagnostics.append(
                    .error(
                        .parse, at: key.location,
                        "'\(key.value)' is the site's own language ('language:'), which is at the root; 'languages:' lists the others"))
            }
            let title = entry.string("title"), description = entry.string("description")
            section.diagnostics += entry.diagnostics + entry.unknownKeys()
            languages.append(SiteLanguage(code: key.value, title: title?.value, description: description?.value, location: key.location))
        }
        fields.diagnostics += section.diagnostics
        return languages.filter { ContentPath.isLanguageTag($0.code) && $0.code != own }
    }
}
