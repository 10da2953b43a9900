import SiteGenCore

/// One fuzz input: a header byte that picks the content kind and the site's options, then the
/// bytes of a content file.
///
/// Header bits: 0–1 the kind (0 briefing, 1 theme, 2 entity, 3 briefing); 2 build it with the rest
/// of the site (index, pages, link check), not on its own; 4 smart punctuation off; 5
/// `unsafe_html` on; 6 a base URL that is only a path; 7 `link_first_mention` off. A seed made
/// from a file of `content/` is that file after 0x00, 0x01 or 0x02 (or 0x04, 0x05, 0x06).
struct FuzzInput {
    /// The site path the fuzzed file is read from, and its id.
    static let id = "fuzz"

    var kind: ContentKind
    var withSite: Bool
    var markdown: MarkdownOptions
    var baseURL: String
    var linkFirstMention: Bool
    var bytes: [UInt8]

    init(_ data: some Collection<UInt8>) {
        let header = data.first ?? 0
        kind = [.briefing, .theme, .entity, .briefing][Int(header & 0x03)]
        withSite = header & 0x04 != 0
        markdown = MarkdownOptions(smartPunctuation: header & 0x10 == 0, unsafeHTML: header & 0x20 != 0)
        baseURL = header & 0x40 == 0 ? "https://example.org/site/" : "/site/"
        linkFirstMention = header & 0x80 == 0
        bytes = Array(data.dropFirst())
    }

    var path: String { ContentPath.of(kind, id: Self.id) }

    var config: SiteConfig {
        var config = SiteConfig(title: "Fuzz", baseURL: baseURL, markdown: markdown, linkFirstMention: linkFirstMention)
        config.author = "Fuzz"
        return config
    }
}
