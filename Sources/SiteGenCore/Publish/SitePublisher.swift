import Foundation

/// `sitegen publish`: builds the site for publishing (base URL of `site.yml`, no drafts, every
/// check), refuses to go on if anything is wrong, then publishes the result.
public enum SitePublisher {
    public enum Target: Sendable {
        case folder(URL)
        case git(remote: String, branch: String)
    }

    public struct Result: Sendable {
        public var build: BuildReport
        public var changes: PublishChanges?
        public var commit: String?
    }

    public static func publish(siteRoot: URL, to target: Target, dryRun: Bool) throws -> Result {
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-publish-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        let report = SiteBuilder.build(BuildOptions(siteRoot: siteRoot, output: staging, includeDrafts: false))
        guard report.succeeded else { return Result(build: report) }
        var files = try OutputFile.read(folder: staging).filter { $0.path != OutputWriter.marker }
        switch target {
        case .folder(let folder):
            if let refusal = refusal(folder, siteRoot: siteRoot) { throw PublishError(refusal) }
            let publisher = FolderPublisher(target: folder)
            let changes = dryRun ? publisher.plan(files) : try publisher.publish(files)
            return Result(build: report, changes: changes)
        case .git(let remote, let branch):
            let config = report.config
            files.append(OutputFile(path: ".nojekyll", text: ""))
            if let cname = config?.cname { files.append(OutputFile(path: "CNAME", text: cname + "\n")) }
            let date = report.latestDate ?? BuildDate.fromEnvironment() ?? ContentDate(year: 1970, month: 1, day: 1)!
            let title = config?.title ?? "site"
            let outcome = try GitPublisher(remote: remote, branch: branch).publish(
                files, message: "Publish \(title) as of \(date.iso)", author: config?.author ?? "sitegen", date: date, dryRun: dryRun)
            return Result(build: report, changes: outcome.changes, commit: outcome.commit)
        }
    }

    /// A folder that holds the site itself must never be published into.
    static func refusal(_ folder: URL, siteRoot: URL) -> String? {
        let target = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let site = siteRoot.standardizedFileURL.resolvingSymlinksInPath().path
        if target == site || (site + "/").hasPrefix(target + "/") || (target + "/").hasPrefix(site + "/" + SiteLayout.content + "/")
            || (target + "/").hasPrefix(site + "/" + SiteLayout.templates + "/")
        {
            return "refusing to publish into \(folder.path): it holds the site's own files"
        }
        for kept in [SiteLayout.config, SiteLayout.content] where FileManager.default.fileExists(atPath: target + "/" + kept) {
            return "refusing to publish into \(folder.path): it holds \(kept), so it looks like a site folder"
        }
        return nil
    }
}

extension OutputFile {
    /// Every file under a folder, with paths relative to it, sorted.
    static func read(folder: URL) throws -> [OutputFile] {
        var files: [OutputFile] = []
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files.append(OutputFile(path: path, bytes: [UInt8](try Data(contentsOf: url))))
        }
        return files.sorted { $0.path < $1.path }
    }
}
