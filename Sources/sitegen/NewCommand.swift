import ArgumentParser
import Foundation
import SiteGenCore

extension ContentKind: ExpressibleByArgument {}
extension EntityKind: ExpressibleByArgument {}

/// `sitegen new KIND "Title"`: a content file with its required fields filled in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a briefing, theme, entity or source from its title.",
        discussion: """
            Writes content/<kind folder>/<id>.md, its id made from the title \
            ("Who is at the table?" → who-is-at-the-table), with the fields its kind requires \
            filled in and the optional ones as comments. A briefing is dated today \
            (SOURCE_DATE_EPOCH when it is set), gets the site's first theme unless --theme, and \
            starts as a draft: 'sitegen serve' shows it, build and publish leave it out until you \
            delete its 'draft: true' line. An existing file is never replaced.

            Examples:
              sitegen new briefing "Who is at the table" --theme participants
              sitegen new entity "European Union" --kind organisation
              sitegen new source "The joint declaration"
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: ArgumentHelp("What to start: briefing, theme, entity or source.", valueName: "kind"))
    var kind: ContentKind

    @Argument(help: ArgumentHelp("The title (an entity's name).", valueName: "title"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("The id, instead of one made from the title.", valueName: "id"))
    var id: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A briefing's theme (repeat for more).", valueName: "id"))
    var theme: [String] = []

    @Option(
        name: .customLong("kind"),
        help: ArgumentHelp(
            "An entity's kind: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var entityKind: EntityKind = .organisation

    func validate() throws {
        if title.allSatisfy(\.isWhitespace) {
            throw ValidationError("give a title, such as: sitegen new \(kind.rawValue) \"Who is at the table\"")
        }
        if let id, !ContentID.isValid(id) {
            throw ValidationError("--id '\(id)' is not an id: \(ContentID.rule) (e.g. \(ContentID.suggestion(for: id)))")
        }
        if !theme.isEmpty, kind != .briefing { throw ValidationError("--theme is for briefings only") }
    }

    func run() throws {
        try siteOptions.requireSite()
        let console = Console(pathPrefix: siteOptions.displayPrefix)
        let themes = SiteThemes(site: siteOptions.siteURL)
        var new = NewContent(kind, title: title, id: id, date: BuildDate.forNewFile())
        new.entityKind = entityKind
        if kind == .briefing {
            for given in theme where !themes.ids.contains(given) {
                console.error("no theme '\(given)' in content/themes/\(Suggestion.didYouMean(given, in: themes.ids))")
                throw ExitCode(1)
            }
            guard let first = theme.first ?? themes.first else {
                console.error("the site has no theme yet, and a briefing needs one: start one with 'sitegen new theme \"Title\"'")
                throw ExitCode(1)
            }
            new.themes = theme.isEmpty ? [first] : theme
        }
        let shown = siteOptions.displayPrefix + new.path
        let result: NewFiles
        do {
            result = try NewFiles.write([try new.file()], into: siteOptions.siteURL)
        } catch {
            console.error("cannot write \(shown): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        guard result.kept.isEmpty else {
            console.error("\(shown) already exists, and sitegen new never replaces a file: give another title, or --id")
            throw ExitCode(1)
        }
        print("wrote \(shown)")
        if kind == .theme, let listed = themes.listed, !listed.contains(new.id) {
            print("Add '\(new.id)' to the themes: list of \(siteOptions.displayPrefix)\(SiteLayout.config) to give it its place.")
        }
    }
}
