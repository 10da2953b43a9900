import ArgumentParser
import Foundation
import SiteGenCore

/// `sitegen theme`: the theme built into sitegen, which a site's own templates/ overrides file by file.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "List or copy out the built-in theme.",
        discussion: """
            sitegen carries its theme (Mustache templates, style.css, search.js) inside the \
            binary. A site uses each built-in file unless its templates/ folder has a file at the \
            same path: templates/partials/footer.mustache replaces only the footer. 'sitegen theme \
            eject' copies the files out to edit; delete any you leave unchanged, so that they keep \
            following sitegen's updates.
            """,
        subcommands: [List.self, Eject.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in theme's files, marking those the site overrides.")

        @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
        var site: String = "."

        func run() {
            let root = URL(fileURLWithPath: site).standardizedFileURL
            let overridden = Set(ThemeEjection.overridden(in: root))
            for file in BuiltinTheme.files {
                print(overridden.contains(file.path) ? "\(file.path)  (the site's own)" : file.path)
            }
        }
    }

    struct Eject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the built-in theme's files out to edit them.",
            discussion: "Writes every file of the built-in theme into DIR, keeping any file already there unless --force.")

        @Argument(help: ArgumentHelp("Where to write the files: a site's templates folder.", valueName: "dir"))
        var folder: String = SiteLayout.templates

        @Flag(name: .long, help: "Replace files that are already there.")
        var force = false

        func run() throws {
            let target = URL(fileURLWithPath: folder).standardizedFileURL
            let result: NewFiles
            do {
                result = try ThemeEjection.eject(into: target, force: force)
            } catch {
                Console().error("cannot write the theme into \(folder): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            for path in result.written { print("wrote \(prefix)\(path)") }
            if !result.kept.isEmpty {
                print("kept \(Console.count(result.kept.count, "file")) already in \(folder) (--force replaces them)")
            }
        }
    }
}
