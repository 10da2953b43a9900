import Foundation
import Testing

@testable import SiteGenCore

/// README's table of template keys is the one made from the context types: a key added,
/// renamed or removed in `Render/Context/` fails here until README says the same.
@Suite struct ContextKeyTableTests {
    static let start = "<!-- context keys: made by ContextKeyTable from Render/Context/; ContextKeyTableTests keeps it in step -->\n"
    static let end = "<!-- end of context keys -->"

    @Test func readmeHoldsTheTableOfTheContextTypes() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let table = ContextKeyTable.markdown()
        guard let from = readme.range(of: Self.start), let to = readme.range(of: Self.end, range: from.upperBound..<readme.endIndex) else {
            Issue.record("README.md has no context-keys block; put this between the markers:\n\(Self.start)\(table)\(Self.end)")
            return
        }
        let shown = String(readme[from.upperBound..<to.lowerBound])
        #expect(shown == table, "README's table of keys is out of date; it should be:\n\(table)")
    }

    @Test func theTableNamesEveryKeyOfEveryPageKind() {
        let table = ContextKeyTable.markdown()
        for kind in PageKind.allCases {
            #expect(table.contains("| `\(kind.template)` |"))
            for field in kind.contextSchema.fields { #expect(table.contains("`\(field.name)`"), "\(kind): \(field.name)") }
        }
    }
}
