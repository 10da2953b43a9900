import Foundation
import Testing

@testable import SiteGenCore

@Suite(.serialized) struct PublishTests {
    @Test func publishingToAFolderTwiceChangesNothingAndRemovalsFollow() throws {
        let site = try TestSite(fixture: "basic-site")
        let target = site.root.appendingPathComponent("../\(site.root.lastPathComponent)-docroot").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: target) }
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: target.appendingPathComponent("keep-me.txt"))

        let first = try SitePublisher.publish(siteRoot: site.root, to: .folder(target), dryRun: false)
        #expect(first.build.succeeded)
        #expect(first.changes?.added.contains("briefings/first-look/index.html") == true)
        #expect(first.changes?.added.contains("unfinished") == false)
        #expect(
            !FileManager.default.fileExists(atPath: target.appendingPathComponent("briefings/unfinished").path),
            "drafts are never published")
        let before = try Self.fileNumbers(in: target)
        let second = try SitePublisher.publish(siteRoot: site.root, to: .folder(target), dryRun: false)
        #expect(second.changes == PublishChanges())
        #expect(try Self.fileNumbers(in: target) == before, "an unchanged site writes nothing, its list of files included")
        #expect(before[FolderPublisher.manifest] != nil)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/briefings/windows-file.md"))
        let dry = try SitePublisher.publish(siteRoot: site.root, to: .folder(target), dryRun: true)
        #expect(dry.changes?.removed == ["briefings/windows-file/index.html"])
        #expect(
            FileManager.default.fileExists(atPath: target.appendingPathComponent("briefings/windows-file/index.html").path),
            "a dry run changes nothing")
        let third = try SitePublisher.publish(siteRoot: site.root, to: .folder(target), dryRun: false)
        #expect(third.changes?.removed == ["briefings/windows-file/index.html"])
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("briefings/windows-file").path))
        #expect(
            try String(contentsOf: target.appendingPathComponent("keep-me.txt"), encoding: .utf8) == "mine", "files it did not publish stay"
        )
    }

    /// Each file of `folder` by its inode number: a file written again (atomically, by rename)
    /// gets a new one.
    static func fileNumbers(in folder: URL) throws -> [String: Int] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return try Dictionary(
            uniqueKeysWithValues: paths.map { path in
                let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
                let number = try #require(attributes[.systemFileNumber] as? NSNumber, "no inode number for \(path)")
                return (path, number.intValue)
            })
    }

    @Test func aSiteWithErrorsIsNotPublished() throws {
        let site = try TestSite(fixture: "basic-site")
        let target = site.root.appendingPathComponent("../\(site.root.lastPathComponent)-docroot").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: target) }
        try site.write("content/briefings/second-take.md", "---\ntitle: [\n---\n")
        let result = try SitePublisher.publish(siteRoot: site.root, to: .folder(target), dryRun: false)
        #expect(!result.build.succeeded)
        #expect(result.changes == nil)
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func refusesToPublishIntoTheSite() throws {
        let site = try TestSite(fixture: "basic-site")
        for folder in [site.root, site.root.appendingPathComponent("content"), site.root.deletingLastPathComponent()] {
            #expect(throws: PublishError.self) { try SitePublisher.publish(siteRoot: site.root, to: .folder(folder), dryRun: false) }
        }
    }

    @Test func publishingToGitMakesOneCommitAndNoneWhenNothingChanged() throws {
        let site = try TestSite(fixture: "basic-site")
        try site.write("site.yml", try site.read("site.yml") + "cname: briefings.example.org\n")
        let remote = site.root.appendingPathComponent("../\(site.root.lastPathComponent)-remote.git").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: remote) }
        try Git().run(["init", "--quiet", "--bare", remote.path])

        let first = try SitePublisher.publish(siteRoot: site.root, to: .git(remote: remote.path, branch: "gh-pages"), dryRun: false)
        #expect(first.build.succeeded)
        #expect(first.commit != nil)
        let bare = Git(folder: remote)
        let files = try bare.run(["ls-tree", "-r", "--name-only", "gh-pages"]).output.split(separator: "\n").map(String.init)
        #expect(files.contains("index.html") && files.contains(".nojekyll") && files.contains("CNAME") && files.contains("feed.xml"))
        #expect(!files.contains(OutputWriter.marker))
        #expect(try bare.run(["show", "gh-pages:CNAME"]).output == "briefings.example.org\n")
        let log = try bare.run(["log", "--format=%an|%aI|%cI|%s", "gh-pages"]).output
        #expect(log == "sitegen|2026-01-06T00:00:00+00:00|2026-01-06T00:00:00+00:00|Publish Fixture Briefings as of 2026-01-06\n")

        let again = try SitePublisher.publish(siteRoot: site.root, to: .git(remote: remote.path, branch: "gh-pages"), dryRun: false)
        #expect(again.commit == nil)
        #expect(again.changes?.isEmpty == true)
        #expect(try bare.run(["rev-list", "--count", "gh-pages"]).output == "1\n")

        try site.write("content/briefings/second-take.md", try site.read("content/briefings/second-take.md") + "\nMore.\n")
        let third = try SitePublisher.publish(siteRoot: site.root, to: .git(remote: remote.path, branch: "gh-pages"), dryRun: false)
        #expect(third.changes?.changed.contains("briefings/second-take/index.html") == true)
        #expect(try bare.run(["rev-list", "--count", "gh-pages"]).output == "2\n", "history is kept")

        let tip = try bare.run(["rev-parse", "gh-pages"]).output
        try site.write("content/briefings/second-take.md", "---\ntitle: [\n---\n")
        let refused = try SitePublisher.publish(siteRoot: site.root, to: .git(remote: remote.path, branch: "gh-pages"), dryRun: false)
        #expect(!refused.build.succeeded)
        #expect(try bare.run(["rev-parse", "gh-pages"]).output == tip, "a refused publish leaves the branch as it was")
    }
}
