import Foundation

/// `sitegen theme eject`: the built-in theme's files copied out to be edited.
public enum ThemeEjection {
    /// Copies every built-in file into `folder` (a site's `templates/` by default) under its path
    /// below `templates/`; a file already there is kept unless `force`.
    public static func eject(into folder: URL, force: Bool) throws -> NewFiles {
        let files = BuiltinTheme.files.map { RawFile(path: String($0.path.dropFirst(SiteLayout.templates.count + 1)), bytes: $0.bytes) }
        return try NewFiles.write(files, into: folder, replace: force)
    }

    /// The built-in files a site's own `templates/` replaces, by site-relative path.
    public static func overridden(in site: URL) -> [String] {
        BuiltinTheme.files.map(\.path).filter { FileManager.default.fileExists(atPath: site.appendingPathComponent($0).path) }
    }
}
