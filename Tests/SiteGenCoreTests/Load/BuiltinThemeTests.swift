import Foundation
import Testing

@testable import SiteGenCore

@Suite struct BuiltinThemeTests {
    /// SwiftPM names embedded files by base name only, so the list of paths is written by hand:
    /// it must hold every file of the folder, each with its bytes.
    @Test func theListHoldsEveryFileOfTheFolder() throws {
        let folder = repositoryRoot.appendingPathComponent("Sources/SiteGenCore/DefaultTheme")
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        var onDisk: [String: [UInt8]] = [:]
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            // The strings files keep their own path (i18n/fr.yml), as a site's do.
            onDisk[relative.hasPrefix("i18n/") ? BuiltinTheme.prefix + relative : "templates/" + relative] = [UInt8](
                try Data(contentsOf: url))
        }
        let strings = BuiltinTheme.strings.values.map { RawFile(path: $0.path, bytes: Array($0.text.utf8)) }
        #expect(Set((BuiltinTheme.files + strings).map(\.path)) == Set(onDisk.keys))
        for file in BuiltinTheme.files + strings {
            #expect(file.bytes == onDisk[file.path], "\(file.path) differs from the folder")
        }
        #expect(BuiltinTheme.strings.allSatisfy { $0.value.path == BuiltinTheme.prefix + "i18n/\($0.key).yml" })
    }

    /// An error in a built-in file names it as built-in, so that nobody looks for it in the site.
    @Test func aProblemInABuiltinFileNamesIt() {
        let (set, problems) = TemplateSet.compile(
            [SourceText(path: BuiltinTheme.prefix + "templates/home.mustache", text: "<p>\n{{#latest}}\n")], required: ["home"])
        #expect(set == nil)
        #expect(problems.map(\.description).contains { $0.hasPrefix("<built-in>/templates/home.mustache:2:1: error: ") })
    }

    /// The ejected theme renders the same site, byte for byte, as the built-in one.
    @Test func anEjectedThemeBuildsTheSameSite() throws {
        let site = try TestSite(fixture: "basic-site")
        #expect(site.build().succeeded)
        let builtin = try site.outputFiles()
        let first = try ThemeEjection.eject(into: site.root.appendingPathComponent("templates"), force: false)
        #expect(first.written.count == BuiltinTheme.files.count)
        #expect(first.written.contains("partials/footer.mustache"))
        #expect(ThemeEjection.overridden(in: site.root).count == BuiltinTheme.files.count)
        try site.write("templates/partials/footer.mustache", "<footer>edited</footer>\n")
        let again = try ThemeEjection.eject(into: site.root.appendingPathComponent("templates"), force: false)
        #expect(again.written.isEmpty)
        #expect(try site.read("templates/partials/footer.mustache") == "<footer>edited</footer>\n", "kept without --force")
        try site.write("templates/partials/footer.mustache", try site.builtin("templates/partials/footer.mustache"))
        #expect(site.build().succeeded)
        #expect(try site.outputFiles() == builtin)
    }
}
