import ArgumentParser
import Foundation
import SiteGenCore

/// Options every subcommand that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding site.yml, content/ and templates/.", valueName: "dir"))
    var site: String = "."

    var siteURL: URL {
        URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// How paths in messages start, so that they are relative to the current folder.
    var displayPrefix: String {
        let trimmed = site.hasSuffix("/") ? String(site.dropLast()) : site
        return trimmed == "." || trimmed.isEmpty ? "" : trimmed + "/"
    }

    /// Checks that `--site` names a site folder. Called by each command as it runs, not as its
    /// options are read: ArgumentParser validates options before it looks for unknown ones, so a
    /// mistyped option outside a site was reported as "not a sitegen site".
    func requireSite() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteURL.path, isDirectory: &isDirectory) else {
            throw ValidationError("no such site folder: \(site)")
        }
        guard isDirectory.boolValue else {
            throw ValidationError("--site takes the site folder, and \(site) is a file")
        }
        guard FileManager.default.fileExists(atPath: siteURL.appendingPathComponent(SiteLayout.config).path) else {
            throw ValidationError(
                "\(site == "." ? "this folder" : site) is not a sitegen site: it has no \(SiteLayout.config) (see README.md, \"A site folder\")"
            )
        }
    }
}
