/// The kinds of content file, each kept in its own folder under `content/`.
public enum ContentKind: String, Sendable, Hashable, CaseIterable {
    case briefing, theme, entity, source

    /// The folder under `content/` that holds this kind, and the first segment of its URLs.
    public var folder: String {
        switch self {
        case .briefing: "briefings"
        case .theme: "themes"
        case .entity: "entities"
        case .source: "sources"
        }
    }
}
