import Foundation

/// The load stage: reads a site folder into `SiteSources`, reporting every unreadable file.
public struct SiteLoader: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func load() -> (SiteSources, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let config = readText(
            SiteLayout.config, into: &diagnostics, missing: "no \(SiteLayout.config) here: run sitegen in a site folder or pass --site DIR")
        var content: [ContentFile] = []
        var unreadable: Set<String> = []
        for kind in ContentKind.allCases {
            let paths = files(in: "\(SiteLayout.content)/\(kind.folder)", into: &diagnostics)
            // Each file read, decoded and split on every core (a tenth of a build at 10,000
            // briefings, on one core before); the results are taken in the folder's order.
            let read = paths.parallelMap { path -> (ContentFile?, [Diagnostic]) in
                var problems: [Diagnostic] = []
                return (contentFile(at: path, kind: kind, into: &problems), problems)
            }
            for (path, (file, problems)) in zip(paths, read) {
                diagnostics += problems
                guard let file else {
                    unreadable.insert(path)
                    continue
                }
                content.append(file)
            }
        }
        diagnostics += strayContent()
        let ownTemplates = files(in: SiteLayout.templates, recursive: true, into: &diagnostics)
            .filter { $0.hasSuffix(".\(SiteLayout.templateExtension)") }
            .compactMap { readText($0, into: &diagnostics) }
        let ownAssets = rawFiles(in: SiteLayout.assets, into: &diagnostics)
        let staticFiles = rawFiles(in: SiteLayout.staticFiles, into: &diagnostics)
        diagnostics += Self.sameNames((ownTemplates.map(\.path) + (ownAssets + staticFiles).map(\.path)))
        let (templates, assets) = BuiltinTheme.completing(templates: ownTemplates, assets: ownAssets)
        let strings = files(in: SiteLayout.strings, into: &diagnostics)
            .filter { SiteLayout.role(of: $0) == .strings }
            .compactMap { readText($0, into: &diagnostics) }
        var sources = SiteSources(
            config: config, content: content, templates: templates, assets: assets, staticFiles: staticFiles, unreadable: unreadable)
        sources.strings = strings
        return (sources, diagnostics)
    }

    /// Reads one content file again, for a rebuild: nil (with the reason, unless the file is
    /// simply gone) when it cannot be read or split.
    public func loadContent(at path: String, kind: ContentKind) -> (ContentFile?, [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: url(path).path) else { return (nil, []) }
        var diagnostics: [Diagnostic] = []
        guard isInsideSite(path) else {
            return (nil, [.error(.load, at: SourceLocation(path: path), "symbolic link leads outside the site folder; it is not read")])
        }
        let file = contentFile(at: path, kind: kind, into: &diagnostics)
        return (file, diagnostics)
    }

    private func contentFile(at path: String, kind: ContentKind, into diagnostics: inout [Diagnostic]) -> ContentFile? {
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".\(SiteLayout.contentExtension)") else {
            diagnostics.append(
                .warning(.load, at: SourceLocation(path: path), "ignored: only .md files are read in \(SiteLayout.content)/\(kind.folder)/")
            )
            return nil
        }
        var id = String(name.dropLast(SiteLayout.contentExtension.count + 1))
        let translation = ContentID.isValid(id) ? nil : ContentPath.translation(id)
        if let translation { id = translation.id }
        guard ContentID.isValid(id) else {
            diagnostics.append(
                .error(
                    .load, at: SourceLocation(path: path),
                    "'\(name)' is not a valid file name: \(ContentID.rule) (e.g. '\(ContentID.suggestion(for: id)).md')"))
            return nil
        }
        guard let bytes = read(path, into: &diagnostics) else { return nil }
        let text = TextDecoder.decode(RawFile(path: path, bytes: bytes))
            .flatMap { FrontMatterSplitter.split($0, path: path, kind: kind, id: id) }
        switch text {
        case .success(var file):
            file.language = translation?.language
            return file
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Files whose paths are the same text written with different Unicode code points ('é' as one,
    /// or as 'e' and an accent): Swift, macOS and most web servers take them for one file.
    static func sameNames(_ paths: [String]) -> [Diagnostic] {
        var seen: [String: String] = [:]
        var problems: [Diagnostic] = []
        for path in paths {
            if let other = seen[path], !other.unicodeScalars.elementsEqual(path.unicodeScalars) {
                problems.append(
                    .error(
                        .load, at: SourceLocation(path: path),
                        "this file and \(other) have the same name written in two Unicode forms (an accented letter as one character, or as a letter and an accent), which most systems take for one file; rename one"
                    ))
            } else {
                seen[path] = path
            }
        }
        return problems
    }

    /// Markdown files in `content/` outside the folders sitegen reads: probably a mistake.
    private func strayContent() -> [Diagnostic] {
        let known = Set(ContentKind.allCases.map(\.folder))
        var ignored: [Diagnostic] = []
        for entry in entries(of: SiteLayout.content) where !known.contains(entry.name) {
            let path = "\(SiteLayout.content)/\(entry.name)"
            if entry.name.hasSuffix(".\(SiteLayout.contentExtension)") || entry.kind == .folder || entry.kind == .link && isDirectory(path)
            {
                let folders = ContentKind.allCases.map { "\($0.folder)/" }.joined(separator: ", ")
                ignored.append(
                    .warning(.load, at: SourceLocation(path: path), "ignored: sitegen reads only \(folders) in \(SiteLayout.content)/"))
            }
        }
        return ignored
    }

    private func rawFiles(in folder: String, into diagnostics: inout [Diagnostic]) -> [RawFile] {
        files(in: folder, recursive: true, into: &diagnostics).compactMap { path in
            read(path, into: &diagnostics).map { RawFile(path: path, bytes: $0) }
        }
    }

    private func readText(_ path: String, into diagnostics: inout [Diagnostic], missing: String? = nil) -> SourceText? {
        if let missing, !FileManager.default.fileExists(atPath: url(path).path) {
            diagnostics.append(.error(.load, at: nil, missing))
            return nil
        }
        guard let bytes = read(path, into: &diagnostics) else { return nil }
        switch TextDecoder.decode(RawFile(path: path, bytes: bytes)) {
        case .success(let text): return SourceText(path: path, text: text)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    private func read(_ path: String, into diagnostics: inout [Diagnostic]) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: url(path).path) else {
            diagnostics.append(.error(.load, at: SourceLocation(path: path), "cannot read the file"))
            return nil
        }
        return [UInt8](data)
    }

    /// The visible files under a folder, as sorted site-relative paths. Symbolic links that lead
    /// outside the site folder are reported and skipped, never read. Only a link is followed to
    /// see where it leads: a plain file or folder of a folder inside the site is inside it too.
    private func files(in folder: String, recursive: Bool = false, into diagnostics: inout [Diagnostic]) -> [String] {
        var found: [String] = []
        let inside = isInsideSite(folder)
        for entry in entries(of: folder) {
            let path = "\(folder)/\(entry.name)"
            guard entry.kind != .link && inside || isInsideSite(path) else {
                diagnostics.append(
                    .error(.load, at: SourceLocation(path: path), "symbolic link leads outside the site folder; it is not read"))
                continue
            }
            guard entry.kind != .other else {
                // Reading a pipe would wait for a writer forever.
                diagnostics.append(
                    .error(.load, at: SourceLocation(path: path), "not a file or a folder (a pipe, a socket or a device); it is not read"))
                continue
            }
            if entry.kind == .folder || entry.kind == .link && isDirectory(path) {
                if recursive {
                    found += files(in: path, recursive: true, into: &diagnostics)
                }
            } else {
                found.append(path)
            }
        }
        return found
    }

    /// The visible entries of a folder (not hidden, not a backup ending in `~`), sorted by name.
    private func entries(of folder: String) -> [FolderEntries.Entry] {
        (FolderEntries.read(url(folder).path) ?? []).filter { !$0.name.hasPrefix(".") && !$0.name.hasSuffix("~") }
            .sorted { $0.name < $1.name }
    }

    private func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(path).path, isDirectory: &directory) && directory.boolValue
    }

    private func isInsideSite(_ path: String) -> Bool {
        let resolved = url(path).resolvingSymlinksInPath().path
        let base = root.resolvingSymlinksInPath().path
        return resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    private func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }
}
