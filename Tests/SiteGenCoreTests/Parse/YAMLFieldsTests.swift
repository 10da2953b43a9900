import Testing

@testable import SiteGenCore

/// How a field's plain YAML value is read as a boolean, a whole number or text: the fields are
/// read by sitegen's own rules (`YAMLScalar`), not by YAML 1.1's full set.
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

    /// A leading zero is not octal (YAML 1.1's `010` is 8, which no writer means); `0o10` is.
    @Test(arguments: [
        ("10", 10), ("-3", -3), ("+7", 7), ("0x10", 16), ("0o17", 15), ("0b101", 5), ("1_000", 1000), ("010", 10),
    ])
    func wholeNumbers(_ written: String, _ value: Int) {
        var read = fields("weight: \(written)")
        #expect(read.int("weight") == value)
        #expect(read.diagnostics.isEmpty)
    }

    @Test(arguments: ["'10'", "1.5", "12:30", "ten", "0x", "-1x"])
    func otherValuesAreNotWholeNumbers(_ written: String) {
        var read = fields("weight: \(written)")
        #expect(read.int("weight") == nil)
        #expect(
            read.diagnostics.map(\.description) == [
                "content/briefings/x.md:2:9: error: 'weight' must be a whole number, not '\(written.trimmingCharacters(in: ["'"]))'"
            ])
    }

    @Test(arguments: ["2026-11-27", "1.5", "12:30", "<<", "="])
    func valuesOtherRulesWouldTagAreText(_ written: String) {
        var read = fields("title: \(written)")
        #expect(read.string("title")?.value == written)
        #expect(read.diagnostics.isEmpty)
    }

    /// A tag does not change how a value is read as a number or null (as with Yams before).
    @Test func tagsLeaveNumbersAndNullAsTheyAre() {
        var read = fields("weight: !!str 10\ntitle: !!str")
        #expect(read.int("weight") == 10)
        #expect(read.string("title", required: true) == nil)
        #expect(read.diagnostics.map(\.description) == ["content/briefings/x.md:3:1: error: missing required field 'title'"])
    }

    @Test func aRepeatedListKeyIsNamedAsOne() {
        let read = fields("? [a]\n: 1\n? [a]\n: 2")
        #expect(
            read.diagnostics.map(\.description) == [
                "content/briefings/x.md:4:3: error: invalid YAML: a list key is set more than once in this mapping"
            ])
    }

    /// A character YAML does not allow is placed at its line and column, counting the lines as
    /// libyaml does (after CR LF, a lone CR, U+0085 and U+2028 alike).
    @Test(arguments: [
        ("title: a\u{01}", "2:9"), ("a: b\r\nc: é\u{7F}", "3:5"), ("a: b\rc: \u{01}", "3:4"),
        ("a: b\u{85}c: \u{01}", "3:4"), ("a: b\u{2028}c: \u{01}", "3:4"),
    ])
    func aControlCharacterIsAnErrorWhereItIs(_ yaml: String, _ place: String) {
        let read = fields(yaml)
        #expect(
            read.diagnostics.map(\.description) == [
                "content/briefings/x.md:\(place): error: invalid YAML: control characters are not allowed"
            ])
    }
}
