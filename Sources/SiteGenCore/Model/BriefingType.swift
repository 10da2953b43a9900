/// What a briefing is, for the structured data of its page (`type:` in its front-matter): news
/// (a schema.org `NewsArticle`, the default) or a report (`Report`), such as an analysis.
public enum BriefingType: String, Sendable, Hashable, CaseIterable {
    case news, report

    /// Its schema.org type.
    var schemaType: String {
        switch self {
        case .news: "NewsArticle"
        case .report: "Report"
        }
    }
}
