import ArgumentParser
import Foundation
import SiteGenCore

/// `sitegen init [DIR]`: a starter site that builds and checks with no warning.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: site.yml, a theme, a briefing, an entity and a source.",
        discussion: """
            Writes a small site into DIR (the current folder by default), using the built-in \
            theme: it builds and checks with no warning, and shows each kind of content once. \
            The briefing is dated today (SOURCE_DATE_EPOCH when it is set). A folder that already \
            holds files other than hidden ones (such as .git) is refused unless --force; even \
            then, no file already there is replaced.
            """
    )

    @Argument(help: ArgumentHelp("The folder of the new site; created when it does not exist.", valueName: "dir"))
    var folder = "."

    @Option(name: .long, help: ArgumentHelp("The site's title.", valueName: "text"))
    var title = "Briefings"

    @Flag(name: .long, help: "Write into a folder that is not empty, keeping every file already there.")
    var force = false

    func run() throws {
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let present = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        if !force, let first = present.sorted().first(where: { !$0.hasPrefix(".") }) {
            Console().error(
                "\(folder == "." ? "this folder" : folder) is not empty (it holds \(first)): give a new folder, such as 'sitegen init my-site', or pass --force to add the starter files beside what is there"
            )
            throw ExitCode(1)
        }
        let result: NewFiles
        do {
            result = try NewFiles.write(StarterSite.files(title: title, date: BuildDate.forNewFile()), into: target)
        } catch {
            Console().error("cannot write the site into \(folder): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let prefix = folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        for path in result.written { print("wrote \(prefix)\(path)") }
        for path in result.kept { print("kept  \(prefix)\(path) (already there)") }
        let enter = folder == "." ? "" : "  cd \(folder)\n"
        print(
            """

            Next:
            \(enter)  sitegen serve                     preview at http://127.0.0.1:8000/, rebuilt as you save
              sitegen new briefing "A title"    start a briefing (new theme, new entity, new source too)
              sitegen build                     write the site into public/
            Set base_url in site.yml to where the site will live before 'sitegen publish'.
            """)
    }
}
