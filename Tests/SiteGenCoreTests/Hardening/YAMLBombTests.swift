import Testing

@testable import SiteGenCore

/// YAML that would take time or the stack without limits: an error instead, found by
/// `YAMLComposer` at the alias that goes over, before anything walks the expanded values.
@Suite(.timeLimit(.minutes(1))) struct YAMLBombTests {
    /// Nine anchors of nine aliases each: 9⁹ (387 million) values in 400 bytes.
    static let laughs = (1..<9).reduce("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n") { yaml, level in
        yaml + "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
    }

    static let aliasError =
        "error: invalid YAML: its aliases ('*name', each a copy of what '&name' holds) expand to more than 10000 values; write the values out instead"

    /// At the first alias that goes over: `a4`'s first `*a3` (the 9⁴ values of `a3` on top of the
    /// 7,380 before it).
    @Test func billionLaughsInAFieldIsAnError() throws {
        let (report, _) = try buildAfterWriting("content/briefings/bad.md", bytes: Array(frontMatter(adding: Self.laughs).utf8))
        #expect(!report.succeeded)
        #expect(report.messages.first == "content/briefings/bad.md:7:10: \(Self.aliasError)")
    }

    /// As a mapping key, the expanded value would be hashed by the check for repeated keys: with
    /// Yams and no limit, this build never finished.
    @Test func billionLaughsAsAKeyIsAnError() throws {
        let (report, _) = try buildAfterWriting(
            "content/briefings/bad.md", bytes: Array(frontMatter(adding: Self.laughs + "? *a8\n: x\n").utf8))
        #expect(!report.succeeded)
        #expect(report.messages.first?.hasSuffix(Self.aliasError) == true)
    }

    @Test func billionLaughsInSiteConfigIsAnError() throws {
        let (report, _) = try buildAfterWriting("site.yml", bytes: Array((MinimalSite.config + "\n" + Self.laughs).utf8))
        #expect(!report.succeeded)
        #expect(report.messages.first?.hasPrefix("site.yml:") == true)
        #expect(report.messages.first?.hasSuffix(Self.aliasError) == true)
    }

    @Test func aFewAliasesAreFine() throws {
        let (report, _) = try buildAfterWriting(
            "content/briefings/bad.md", bytes: Array(frontMatter(adding: "x-shared: &s [a, b]\nx-again: *s\n").utf8))
        #expect(
            report.messages == [
                "content/briefings/bad.md:3:1: warning: unknown field 'x-shared'",
                "content/briefings/bad.md:4:1: warning: unknown field 'x-again'",
            ])
    }

    @Test func nestingTenThousandDeepIsAnError() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let (report, _) = try buildAfterWriting("content/briefings/bad.md", bytes: Array(frontMatter(adding: "x: \(deep)\n").utf8))
        #expect(!report.succeeded)
        #expect(
            report.messages.first?.hasSuffix("error: invalid YAML: lists or mappings nested too deeply (more than 1,000 levels)") == true,
            "\(report.messages)")
    }

    /// The limit is exact: `a: &a [n items]` then `b: [*a]` holds 2n + 6 values (the mapping, two
    /// keys, the outer list, the list and its items twice): 10,000 are fine, 10,002 an error at
    /// the alias.
    @Test func theLimitIsTenThousandValues() {
        func yaml(_ items: Int) -> String {
            "a: &a [" + Array(repeating: "x", count: items).joined(separator: ", ") + "]\nb: [*a]\n"
        }
        guard case .success = YAMLComposer.compose(yaml(4_997)) else {
            Issue.record("10,000 values should be fine")
            return
        }
        #expect(YAMLComposer.compose(yaml(4_998)) == .failure(.aliasesOverLimit(at: YAMLPlace(line: 2, column: 5))))
    }
}
