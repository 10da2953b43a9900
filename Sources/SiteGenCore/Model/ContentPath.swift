/// Paths of content files: `content/<kind folder>/<id>.md`.
public enum ContentPath {
    public static func of(_ kind: ContentKind, id: String) -> String {
        "\(SiteLayout.content)/\(kind.folder)/\(id).\(SiteLayout.contentExtension)"
    }

    /// The id of the file at `path` if it is a content file of this kind.
    public static func id(of path: String, kind: ContentKind) -> String? {
        let prefix = "\(SiteLayout.content)/\(kind.folder)/", suffix = ".\(SiteLayout.contentExtension)"
        guard path.hasPrefix(prefix), path.hasSuffix(suffix) else { return nil }
        let id = path.dropFirst(prefix.count).dropLast(suffix.count)
        return id.utf8.contains(UInt8(ascii: "/")) ? nil : String(id)
    }
}
