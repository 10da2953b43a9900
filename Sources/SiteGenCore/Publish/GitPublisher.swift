import Foundation

/// Publishes a built site as one new commit on a branch of a git repository (e.g. `gh-pages` for
/// GitHub Pages) and pushes it: history is kept and nothing is ever force-pushed. The commit's
/// author and date come from the content, so the same site gives the same commit content. No
/// commit is made when the branch already holds exactly this site.
public struct GitPublisher: Sendable {
    public let remote: String
    public let branch: String

    public init(remote: String, branch: String) {
        self.remote = remote
        self.branch = branch
    }

    public struct Outcome: Sendable {
        public var changes: PublishChanges
        /// The new commit's short hash; nil when nothing changed or on a dry run.
        public var commit: String?
    }

    /// - Parameters:
    ///   - files: the built site, plus `.nojekyll` and `CNAME` as the caller wants them.
    ///   - author: the commit's author name.
    ///   - date: the commit's date (the content's latest date).
    public func publish(_ files: [OutputFile], message: String, author: String, date: ContentDate, dryRun: Bool) throws -> Outcome {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-publish-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let git = Git()
        let exists = try git.run(["ls-remote", "--exit-code", "--heads", remote, branch], allowFailure: true)
        if exists.status == 0 {
            try git.run(["clone", "--quiet", "--branch", branch, "--single-branch", remote, work.path])
        } else if exists.status == 2 {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let repository = Git(folder: work)
            try repository.run(["init", "--quiet"])
            try repository.run(["checkout", "--quiet", "--orphan", branch])
            try repository.run(["remote", "add", "origin", remote])
        } else {
            throw PublishError(
                "cannot reach the git repository '\(remote)': \(exists.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        let repository = Git(folder: work)
        // The branch's tree becomes exactly the site.
        for entry in try FileManager.default.contentsOfDirectory(atPath: work.path) where entry != ".git" {
            try FileManager.default.removeItem(at: work.appendingPathComponent(entry))
        }
        for file in files {
            guard OutputWriter.isSafe(file.path), !file.path.hasPrefix(".git/"), file.path != ".git" else {
                throw PublishError("refusing to write '\(file.path)' into the repository")
            }
            let url = work.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        try repository.run(["add", "--all"])
        let status = try repository.run(["status", "--porcelain", "--untracked-files=all"]).output
        var changes = PublishChanges()
        for line in status.split(separator: "\n") where line.count > 3 {
            let path = String(line.dropFirst(3))
            switch line.prefix(1) {
            case "A": changes.added.append(path)
            case "D": changes.removed.append(path)
            default: changes.changed.append(path)
            }
        }
        guard !changes.isEmpty, !dryRun else { return Outcome(changes: changes, commit: nil) }
        let when = date.timestamp
        let identity = Git(
            folder: work,
            environment: [
                "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "sitegen@localhost", "GIT_AUTHOR_DATE": when,
                "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "sitegen@localhost", "GIT_COMMITTER_DATE": when,
            ])
        try identity.run(["-c", "commit.gpgsign=false", "commit", "--quiet", "--no-verify", "-m", message])
        let commit = try repository.run(["rev-parse", "--short", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.run(["push", "--quiet", "origin", "HEAD:refs/heads/\(branch)"])
        return Outcome(changes: changes, commit: commit)
    }
}
