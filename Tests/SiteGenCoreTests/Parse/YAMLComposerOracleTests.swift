import Foundation
import Testing
import Yams

@testable import SiteGenCore

/// sitegen composes YAML from libyaml's events itself; Yams' `compose`, which it used before, is
/// the oracle: the same values at the same places, and the same syntax errors at the same places,
/// over the real site's front-matter, hand-written cases and every one-byte cut of real
/// front-matter.
@Suite struct YAMLComposerOracleTests {
    /// What a node holds, with places, written out so that two composers' results compare.
    private static func describe(_ node: YAMLNode) -> String {
        let at = "@\(node.place.line):\(node.place.column)"
        switch node {
        case .scalar(let scalar):
            return "\(scalar.text.debugDescription)\(at)\(scalar.bool.map { " bool \($0)" } ?? "")\(scalar.int.map { " int \($0)" } ?? "")"
        case .sequence(let sequence): return "[\(sequence.items.map(describe).joined(separator: ", "))]\(at)"
        case .mapping(let mapping):
            return "{\(mapping.pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", "))}\(at)"
        }
    }

    private static func describe(_ node: Node) -> String {
        let at = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        switch node {
        case .scalar(let scalar):
            return "\(scalar.string.debugDescription)\(at)\(node.bool.map { " bool \($0)" } ?? "")\(node.int.map { " int \($0)" } ?? "")"
        case .sequence(let sequence): return "[\(sequence.map(describe).joined(separator: ", "))]\(at)"
        case .mapping(let mapping): return "{\(mapping.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", "))}\(at)"
        case .alias: return "alias"
        }
    }

    /// sitegen's result for `yaml`: the value, or the problem and its place.
    private static func ours(_ yaml: String) -> String {
        switch YAMLComposer.compose(yaml) {
        case .success(let node): return node.map(describe) ?? "nothing"
        case .failure(.syntax(let error)):
            let context = error.contextPlace.map { " (\(error.context ?? "") at \($0.line):\($0.column))" } ?? ""
            return "\(error.problem) at \(error.place.line):\(error.place.column)\(context)"
        case .failure(.repeatedKeys(let keys, _)): return "repeated \(keys)"
        case .failure(.aliasesOverLimit): return "aliases over limit"
        }
    }

    /// Yams' result for `yaml`, in the same words.
    private static func oracle(_ yaml: String) -> String {
        do {
            let node = try Yams.compose(yaml: yaml, Resolver.basic.appending(.bool), .default, .utf8)
            return node.map(describe) ?? "nothing"
        } catch let error as YamlError {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                let .composer(context, problem, mark, _):
                let during = context.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
                return "\(problem) at \(mark.line):\(mark.column)\(during)"
            case let .duplicatedKeysInMapping(keys, _): return "repeated \(keys.map { "'\($0)'" })"
            default: return "\(error)"
            }
        } catch {
            return "\(error)"
        }
    }

    static let realFrontMatter: [String] = {
        let content = repositoryRoot.appendingPathComponent("content")
        let files = (FileManager.default.enumerator(atPath: content.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        return files.compactMap { file in
            let text = (try? String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)) ?? ""
            return try? FrontMatterSplitter.split(text, path: file, kind: .briefing, id: "x").get().frontMatter
        }
    }()

    static let handWritten = [
        "", "# only a comment\n", "title: plain\n", "title: 'single ''quoted'''\n", "title: \"double \\\"quoted\\\"\"\n",
        "body: |\n  line one\n  line two\n", "body: >\n  folded\n  text\n\n  kept\n", "list: [a, 'b', \"c\", [d, e]]\n",
        "list:\n  - a\n  - b: c\n    d: e\n  -\n", "map: {a: 1, b: [2, 3], c: {d: e}}\n", "? [complex, key]\n: value\n",
        "a: &x [1, 2]\nb: *x\nc: &y {k: *x}\nd: *y\n", "a: &s text\nb: *s\n", "flags: [true, True, TRUE, yes, on, off, 'true', tRue]\n",
        "tagged: !!str 10\nbool: !!bool true\nother: !custom x\n", "empty:\nnull: ~\nword: null\n", "uni: «Київ» — café\n",
        "title: \"multi\n  line\"\n", "%YAML 1.1\n---\na: b\n", "---\na: b\n...\n", "a: b\n---\nc: d\n", "a: [1, 2\n",
        "a: 'never closed\n", "a: b: c\n", "a: b\n c\n", "\ta: b\n", "a: @x\n", "a: *nowhere\n", "a: 1\nb: 2\na: 3\n",
        "outer:\n  k: 1\n  k: 2\n", "a: 1\nb: 2\nb: 3\na: 4\n", "true: x\n'true': y\n", "tRue: x\n'tRue': y\n", "!!int 1: a\n1: b\n",
        "!!str x: a\nx: b\n", "!foo x: a\nx: b\n",
        "numbers: [1, -2, +3, 0x1F, 0o17, 0b11, 1_000, '4', 5.0, x1]\n", "? |\n  true\n: x\n",
        "- a\n- b\n", "just text\n",
        "a: {b: c\n", "a: \"x\" y\n", "key with spaces: value\n", "a:    spaced   \n", "a: [\n  b,\n  c,\n]\n",
    ]

    @Test(arguments: realFrontMatter + handWritten)
    func composesAsYamsDoes(_ yaml: String) {
        #expect(Self.ours(yaml) == Self.oracle(yaml), "\(yaml.debugDescription)")
    }

    /// Every text made by cutting one byte out of a real front-matter block (the first of each
    /// kind of file): quotes, brackets and indentation broken in every way such a cut can.
    @Test func everyOneByteCutOfRealFrontMatterComposesAsYamsDoes() throws {
        let samples = Self.realFrontMatter.prefix(3) + Self.realFrontMatter.suffix(2)
        #expect(samples.count == 5)
        var compared = 0
        for yaml in samples {
            let bytes = Array(yaml.utf8)
            for cut in bytes.indices {
                var cutBytes = bytes
                cutBytes.remove(at: cut)
                guard let text = String(validating: cutBytes, as: UTF8.self) else { continue }
                compared += 1
                let (ours, oracle) = (Self.ours(text), Self.oracle(text))
                if ours != oracle {
                    Issue.record("cut at byte \(cut) of \(yaml.debugDescription): ours \(ours), Yams \(oracle)")
                    return
                }
            }
        }
        #expect(compared > 1_000)
    }
}
