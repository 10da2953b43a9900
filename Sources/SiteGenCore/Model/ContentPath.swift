/// Paths of content files: `content/<kind folder>/<id>.md`.
public enum ContentPath {
    public static func of(_ kind: ContentKind, id: String) -> String {
        "\(SiteLayout.content)/\(kind.folder)/\(id).\(SiteLayout.contentExtension)"
    }

    /// A translation's file name without `.md` (`core-aim.fr`), split into the id of the file it
    /// translates and its language (`core-aim`, `fr`); nil for any other name.
    public static func translation(_ name: String) -> (id: String, language: String)? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let id = String(name[..<dot]), language = String(name[name.index(after: dot)...])
        guard ContentID.isValid(id), isLanguageTag(language) else { return nil }
        return (id, language)
    }

    /// A language tag as file names and `languages:` write it: `fr`, `uk`, `pt-br`.
    public static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The path of the file a translation translates (`content/briefings/core-aim.fr.md` →
    /// `content/briefings/core-aim.md`); any other path as it is.
    public static func original(of path: String) -> String {
        let suffix = ".\(SiteLayout.contentExtension)"
        guard path.hasSuffix(suffix) else { return path }
        // Read by bytes: it runs for every content file, and a name without a dot (most) is no
        // translation.
        let bytes = path.utf8
        let end = bytes.index(bytes.endIndex, offsetBy: -suffix.utf8.count)
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard bytes[start..<end].contains(UInt8(ascii: ".")), let (id, _) = translation(String(path[start..<end])) else { return path }
        return String(path[..<start]) + id + suffix
    }

    /// The path of the translation into `language` of the file at `path` (`core-aim.md` →
    /// `core-aim.fr.md`).
    public static func translation(of path: String, in language: String) -> String {
        let suffix = ".\(SiteLayout.contentExtension)"
        return String(path.dropLast(suffix.count)) + ".\(language)" + suffix
    }

    /// Whether the file at `path` is a translation.
    public static func isTranslation(_ path: String) -> Bool { original(of: path) != path }

    /// The id of the file at `path` if it is a content file of this kind.
    public static func id(of path: String, kind: ContentKind) -> String? {
        let prefix = "\(SiteLayout.content)/\(kind.folder)/", suffix = ".\(SiteLayout.contentExtension)"
        guard path.hasPrefix(prefix), path.hasSuffix(suffix) else { return nil }
        let id = path.dropFirst(prefix.count).dropLast(suffix.count)
        return id.utf8.contains(UInt8(ascii: "/")) ? nil : String(id)
    }
}
