import Foundation
import Testing

@testable import SiteGenCore

/// `sitegen init` and `sitegen new`, run as a writer would.
@Suite struct ScaffoldCommandTests {
    let epoch = ["SOURCE_DATE_EPOCH": "1764676800"]  // 2025-12-02T12:00Z

    @Test func initMakesASiteThatBuildsAndChecksWithoutAWarning() throws {
        let folder = try TestSite()
        let made = try runSitegen(["init", "mysite", "--title", "Our briefings"], in: folder.root, environment: epoch)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("wrote mysite/site.yml\n"))
        #expect(made.stdout.contains("  cd mysite\n"))
        #expect(made.stdout.contains("sitegen serve"))
        #expect(try folder.read("mysite/.gitignore").contains("/public/"))
        #expect(try folder.read("mysite/content/briefings/first-briefing.md").contains("\ndate: 2025-12-02\n"))
        let site = folder.root.appendingPathComponent("mysite")
        let check = try runSitegen(["check", "--strict"], in: site)
        #expect(check.status == 0)
        #expect(check.stderr == "")
        #expect(check.stdout.hasPrefix("No problems in "), "\(check.stdout)")
        let build = try runSitegen(["build", "--strict"], in: site)
        #expect(build.status == 0)
        #expect(build.stderr == "")
        #expect(try folder.read("mysite/public/index.html").contains("Our briefings"))
    }

    @Test func initRefusesAFolderThatIsNotEmptyAndForceKeepsItsFiles() throws {
        let site = try TestSite(["notes.txt": "mine\n", ".git/HEAD": "ref: refs/heads/main\n"])
        let refused = try runSitegen(["init"], in: site.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: this folder is not empty (it holds notes.txt)"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site.yml").path))
        try site.write("site.yml", "title: Kept\n")
        let forced = try runSitegen(["init", "--force"], in: site.root)
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("kept  site.yml (already there)\n"))
        #expect(try site.read("site.yml") == "title: Kept\n")
        #expect(try site.read("notes.txt") == "mine\n")
        // A folder holding only hidden files, such as a fresh git repository, is empty enough.
        let repository = try TestSite([".git/HEAD": "ref: refs/heads/main\n"])
        #expect(try runSitegen(["init"], in: repository.root).status == 0)
    }

    @Test func newStartsEachKindAndNeverReplacesAFile() throws {
        let folder = try TestSite()
        _ = try runSitegen(["init", "site"], in: folder.root, environment: epoch)
        let site = folder.root.appendingPathComponent("site")
        let theme = try runSitegen(["new", "theme", "Next steps"], in: site)
        #expect(theme.stdout == "wrote content/themes/next-steps.md\n")
        let briefing = try runSitegen(["new", "briefing", "Who’s at the table?", "--theme", "next-steps"], in: site, environment: epoch)
        #expect(briefing.status == 0, "\(briefing.stderr)")
        #expect(briefing.stdout == "wrote content/briefings/whos-at-the-table.md\n")
        let text = try folder.read("site/content/briefings/whos-at-the-table.md")
        #expect(text.hasPrefix("---\ntitle: \"Who’s at the table?\"\n"))
        #expect(text.contains("\ndate: 2025-12-02\nthemes: [next-steps]\ndraft: true\n"))
        let entity = try runSitegen(["new", "entity", "Україна", "--kind", "state", "--id", "ukraine"], in: site)
        #expect(entity.stdout == "wrote content/entities/ukraine.md\n")
        #expect(try folder.read("site/content/entities/ukraine.md").contains("\nkind: state\n"))
        let source = try runSitegen(["new", "source", "The joint declaration", "--site", "."], in: site)
        #expect(source.stdout == "wrote content/sources/the-joint-declaration.md\n")

        // Again: refused, and the file is as it was.
        try folder.write("site/content/briefings/whos-at-the-table.md", "edited\n")
        let again = try runSitegen(["new", "briefing", "Who’s at the table?"], in: site)
        #expect(again.status == 1)
        #expect(
            again.stderr.contains("error: content/briefings/whos-at-the-table.md already exists, and sitegen new never replaces a file"))
        #expect(try folder.read("site/content/briefings/whos-at-the-table.md") == "edited\n")
    }

    @Test func newReportsWhatItCannotDo() throws {
        let folder = try TestSite()
        _ = try runSitegen(["init", "site"], in: folder.root)
        let site = folder.root.appendingPathComponent("site")
        let unknownTheme = try runSitegen(["new", "briefing", "A title", "--theme", "backgrond"], in: site)
        #expect(unknownTheme.status == 1)
        #expect(unknownTheme.stderr.contains("error: no theme 'backgrond' in content/themes/ (did you mean 'background'?)"))
        let badID = try runSitegen(["new", "briefing", "A title", "--id", "A Title"], in: site)
        #expect(badID.status == 2)
        #expect(badID.stderr.contains("--id 'A Title' is not an id"))
        let badKind = try runSitegen(["new", "chapter", "A title"], in: site)
        #expect(badKind.status == 2)
        let notASite = try runSitegen(["new", "briefing", "A title"], in: folder.root)
        #expect(notASite.status == 2)
        #expect(notASite.stderr.contains("is not a sitegen site"))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/themes/background.md"))
        let noTheme = try runSitegen(["new", "briefing", "A title"], in: site)
        #expect(noTheme.status == 1)
        #expect(noTheme.stderr.contains("sitegen new theme"))
    }
}
