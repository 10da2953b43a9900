import Foundation

/// What `sitegen theme eject` did: the built-in theme's files copied out to be edited.
public struct ThemeEjection: Sendable, Equatable {
    /// Paths relative to the folder written into (`base.mustache`, `assets/style.css`).
    public var written: [String] = []
    /// Files already there, left as they were (without `force`).
    public var kept: [String] = []

    /// Copies every built-in file into `folder` (a site's `templates/` by default) under its path
    /// below `templates/`; a file already there is kept unless `force`.
    public static func eject(into folder: URL, force: Bool) throws -> ThemeEjection {
        var result = ThemeEjection()
        for file in BuiltinTheme.files {
            let relative = String(file.path.dropFirst(SiteLayout.templates.count + 1))
            let target = folder.appendingPathComponent(relative)
            if !force, FileManager.default.fileExists(atPath: target.path) {
                result.kept.append(relative)
                continue
            }
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: target)
            result.written.append(relative)
        }
        return result
    }

    /// The built-in files a site's own `templates/` replaces, by site-relative path.
    public static func overridden(in site: URL) -> [String] {
        BuiltinTheme.files.map(\.path).filter { FileManager.default.fileExists(atPath: site.appendingPathComponent($0).path) }
    }
}
