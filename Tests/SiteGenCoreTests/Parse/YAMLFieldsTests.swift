import Testing

@testable import SiteGenCore

/// How a field's plain YAML value is read as a boolean, a whole number or text: the fields are
/// tagged with sitegen's own resolver, not Yams' default one.
@Suite struct YAMLFieldsTests {
    private func fields(_ line: String) -> YAMLFields {
        YAMLFields(yaml: line + "\n", path: "content/briefings/x.md", firstLine: 2)
    }

    @Test(arguments: [
        ("true", true), ("True", true), ("yes", true), ("on", true), ("false", false), ("no", false), ("OFF", false),
    ])
    func booleansInYAMLsWords(_ written: String, _ value: Bool) {
        var read = fields("draft: \(written)")
        #expect(read.bool("draft") == value)
        #expect(read.diagnostics.isEmpty)
    }

    @Test(arguments: ["'true'", "\"yes\"", "1", "maybe"])
    func aQuotedWordOrANumberIsNotABoolean(_ written: String) {
        var read = fields("draft: \(written)")
        #expect(read.bool("draft") == nil)
        #expect(
            read.diagnostics.map(\.description) == [
                "content/briefings/x.md:2:8: error: 'draft' must be true or false, not '\(written.trimmingCharacters(in: ["'", "\""]))'"
            ])
    }

    @Test(arguments: [("10", 10), ("-3", -3), ("0x10", 16), ("1_000", 1000)])
    func wholeNumbers(_ written: String, _ value: Int) {
        var read = fields("weight: \(written)")
        #expect(read.int("weight") == value)
    }

    @Test(arguments: ["2026-11-27", "1.5", "12:30", "<<", "="])
    func valuesOtherRulesWouldTagAreText(_ written: String) {
        var read = fields("title: \(written)")
        #expect(read.string("title")?.value == written)
        #expect(read.diagnostics.isEmpty)
    }
}
