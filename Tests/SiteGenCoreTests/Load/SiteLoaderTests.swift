import Foundation
import Testing

@testable import SiteGenCore

@Suite struct SiteLoaderTests {
    @Test func readsContentTemplatesAndAssetsInSortedOrder() throws {
        let site = try TestSite(MinimalSite.files)
        let (sources, diagnostics) = SiteLoader(root: site.root).load()
        #expect(diagnostics.isEmpty)
        #expect(sources.config?.path == "site.yml")
        #expect(
            sources.content.map(\.path) == [
                "content/briefings/alpha.md", "content/briefings/beta.md",
                "content/themes/guarantees.md", "content/themes/next-steps.md",
            ])
        #expect(sources.templates.map(\.path).contains("<built-in>/templates/partials/head.mustache"))
        #expect(sources.assets.map(\.path).contains("<built-in>/templates/assets/style.css"))
    }

    /// A site's own file replaces the built-in one at the same path, and that one alone.
    @Test func aSiteFileOverridesThatBuiltinFileOnly() throws {
        var files = MinimalSite.files
        files["templates/partials/footer.mustache"] = "<footer>Ours</footer>\n"
        files["templates/assets/style.css"] = "body { color: black; }\n"
        files["templates/extra.mustache"] = "{{site.title}}\n"
        let site = try TestSite(files)
        let (sources, _) = SiteLoader(root: site.root).load()
        let templates = sources.templates.map(\.path)
        #expect(templates.contains("templates/partials/footer.mustache"))
        #expect(!templates.contains("<built-in>/templates/partials/footer.mustache"))
        #expect(templates.contains("<built-in>/templates/partials/head.mustache"))
        #expect(templates.contains("templates/extra.mustache"))
        let builtinAssets = BuiltinTheme.files.filter { $0.path.hasPrefix("templates/assets/") }.count
        #expect(templates.count == BuiltinTheme.files.count - builtinAssets + 1, "the footer replaced, extra added")
        #expect(
            sources.assets.map(\.path).sorted() == [
                "<built-in>/templates/assets/favicon.svg", "<built-in>/templates/assets/search.js", "templates/assets/style.css",
            ])
        #expect(site.build().succeeded)
        let home = try site.read("public/index.html")
        #expect(home.contains("<footer>Ours</footer>"))
        #expect(try site.read("public/assets/style.css") == "body { color: black; }\n")
    }

    @Test func reportsBadFileNamesAndStrayFiles() throws {
        var files = MinimalSite.files
        files["content/briefings/Bad Name.md"] = MinimalSite.briefing()
        files["content/briefings/notes.txt"] = "x"
        files["content/about.md"] = "x"
        let site = try TestSite(files)
        let (sources, diagnostics) = SiteLoader(root: site.root).load()
        #expect(
            diagnostics.map(\.description).sorted() == [
                "content/about.md:1:1: warning: ignored: sitegen reads only briefings/, themes/, entities/, sources/ in content/",
                "content/briefings/Bad Name.md:1:1: error: 'Bad Name.md' is not a valid file name: use lowercase a–z, 0–9 and '-' only (e.g. 'bad-name.md')",
                "content/briefings/notes.txt:1:1: warning: ignored: only .md files are read in content/briefings/",
            ])
        #expect(sources.content.count == 4)
    }

    @Test func missingConfigIsAnError() throws {
        let site = try TestSite([:])
        let (sources, diagnostics) = SiteLoader(root: site.root).load()
        #expect(sources.config == nil)
        #expect(diagnostics.map(\.description) == ["error: no site.yml here: run sitegen in a site folder or pass --site DIR"])
    }

    @Test func symlinkOutsideTheSiteIsNotRead() throws {
        let site = try TestSite(MinimalSite.files)
        let outside = try TestSite(["secret.md": MinimalSite.briefing(title: "Secret")])
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/briefings/leak.md"),
            withDestinationURL: outside.root.appendingPathComponent("secret.md"))
        let (sources, diagnostics) = SiteLoader(root: site.root).load()
        #expect(!sources.content.contains { $0.id == "leak" })
        #expect(
            diagnostics.map(\.description) == [
                "content/briefings/leak.md:1:1: error: symbolic link leads outside the site folder; it is not read"
            ])
    }

    /// A folder that is a link, or lies in a linked folder, is read through the link when it leads
    /// inside the site; its files are reported, never read, when it leads outside.
    @Test func linksToFoldersAreFollowedOnlyInsideTheSite() throws {
        let site = try TestSite(MinimalSite.files.merging(["static/real/a.txt": "a", "static/real/deep/b.txt": "b"]) { $1 })
        let outside = try TestSite(["c.txt": "secret", "briefings/secret.md": MinimalSite.briefing(title: "Secret")])
        let manager = FileManager.default
        try manager.createSymbolicLink(
            at: site.root.appendingPathComponent("static/alias"), withDestinationURL: site.root.appendingPathComponent("static/real"))
        try manager.createSymbolicLink(at: site.root.appendingPathComponent("static/away"), withDestinationURL: outside.root)
        try manager.createSymbolicLink(
            at: site.root.appendingPathComponent("static/one.txt"),
            withDestinationURL: site.root.appendingPathComponent("static/real/a.txt"))
        let briefings = site.root.appendingPathComponent("content/briefings")
        try manager.removeItem(at: briefings)
        try manager.createSymbolicLink(at: briefings, withDestinationURL: outside.root.appendingPathComponent("briefings"))
        let (sources, diagnostics) = SiteLoader(root: site.root).load()
        #expect(
            sources.staticFiles.map(\.path) == [
                "static/alias/a.txt", "static/alias/deep/b.txt", "static/one.txt", "static/real/a.txt", "static/real/deep/b.txt",
            ])
        #expect(!sources.content.contains { $0.path.hasPrefix("content/briefings/") })
        #expect(
            diagnostics.map(\.description) == [
                "content/briefings/secret.md:1:1: error: symbolic link leads outside the site folder; it is not read",
                "static/away:1:1: error: symbolic link leads outside the site folder; it is not read",
            ])
    }

    /// A named pipe among the content is reported, never opened: reading it would wait forever.
    @Test func aPipeIsReportedNotRead() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(mkfifo(site.root.appendingPathComponent("content/briefings/pipe.md").path, 0o644) == 0)
        let (_, diagnostics) = SiteLoader(root: site.root).load()
        #expect(
            diagnostics.map(\.description) == [
                "content/briefings/pipe.md:1:1: error: not a file or a folder (a pipe, a socket or a device); it is not read"
            ])
    }
}
