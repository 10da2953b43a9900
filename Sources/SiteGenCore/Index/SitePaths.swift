/// The URL scheme of a site: where each page lives below the base URL. Pretty URLs: every page is
/// a folder with an `index.html`.
public enum SitePaths {
    public static let home = ""
    public static let briefings = "\(ContentKind.briefing.folder)/"
    public static let themes = "\(ContentKind.theme.folder)/"
    public static let assets = "assets/"

    public static func briefing(_ id: String) -> String { "\(briefings)\(id)/" }
    public static func theme(_ id: String) -> String { "\(themes)\(id)/" }

    public static func page(of kind: ContentKind, id: String) -> String {
        switch kind {
        case .briefing: briefing(id)
        case .theme: theme(id)
        }
    }
}
