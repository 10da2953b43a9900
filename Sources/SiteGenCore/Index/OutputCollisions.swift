import Foundation

/// Two sources must never make one output file. Pages and data files have distinct paths by
/// construction (ids are lowercase ASCII); a file in `static/` is checked against them and
/// against the other static files, also for paths that differ only in letter case or Unicode
/// normalisation, which are one file on macOS and Windows and on many web servers.
enum OutputCollisions {
    /// `feeds`: the feed beside each theme's and entity's page; `folder`: the language's folder
    /// the pages are in (`fr/`), where the static files are not.
    static func find(staticFiles: Set<String>, pages: [Page], feeds: [String] = [], folder: String = "") -> [Diagnostic] {
        // Nothing to collide with the pages, whose paths cannot collide with each other.
        guard !staticFiles.isEmpty else { return [] }
        // By the path as a case-insensitive file system sees it: what claims it, and its exact path.
        var claimed: [String: (owner: String, path: String)] = [:]
        for page in pages { claimed[key(folder + page.outputPath)] = ("the page /\(folder)\(page.path)", folder + page.outputPath) }
        for data in SitePaths.dataFiles + feeds { claimed[key(folder + data)] = ("the generated \(folder)\(data)", folder + data) }
        var problems: [Diagnostic] = []
        for file in staticFiles.sorted() {
            let output = String(file.dropFirst(SiteLayout.staticFiles.count + 1))
            let at = SourceLocation(path: file)
            if key(output).hasPrefix(key(SitePaths.assets)) {
                problems.append(
                    .error(
                        .index, at: at,
                        "\(SitePaths.assets) is kept for \(SiteLayout.assets)/; move this file elsewhere in \(SiteLayout.staticFiles)/"))
            } else if let (owner, path) = claimed[key(output)] {
                let same = path == output
                problems.append(
                    .error(
                        .index, at: at,
                        "this file would replace \(owner)\(same ? "" : " (their paths differ only in letter case or Unicode normalisation)"); rename, move or remove it"
                    ))
            } else {
                claimed[key(output)] = (file, output)
            }
        }
        return problems
    }

    /// The path as a case-insensitive file system sees it.
    private static func key(_ path: String) -> String {
        path.precomposedStringWithCanonicalMapping.lowercased()
    }
}
