import SiteGenTemplates
import Testing

/// HTML escaping at every length and place: text of up to 15 bytes is kept inside its string
/// and printed through a copy, longer text is read where it is stored, and the escaper looks at
/// eight bytes at a time and then at single bytes. Each path must give what escaping each
/// character alone gives.
@Suite struct EscapingTests {
    /// What escaping one character at a time gives.
    static func expected(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "<": "&lt;"
            case ">": "&gt;"
            case "&": "&amp;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: String(scalar)
            }
        }.joined()
    }

    /// Strings of every length up to 40 from an alphabet with the five, a space, a digit, letters
    /// and a character of two bytes, seeded so every run checks the same ones.
    static let samples: [String] = {
        let alphabet: [String] = ["<", ">", "&", "\"", "'", " ", "7", "a", "Z", "é", "—", "q"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var samples: [String] = []
        for length in 0...40 {
            for _ in 0..<12 {
                var text = ""
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    text += alphabet[Int(state >> 33) % alphabet.count]
                }
                samples.append(text)
            }
            // One of the five alone at each place of a run of letters.
            for place in 0..<length {
                for special in ["<", ">", "&", "\"", "'"] {
                    samples.append(String(repeating: "a", count: place) + special + String(repeating: "b", count: length - place - 1))
                }
            }
        }
        return samples
    }()

    func render(_ template: String, _ value: TemplateValue, escapeRawText: Bool = false) throws -> String? {
        let (library, _) = TemplateLibrary.compile(
            [TemplateSource(name: "t", path: "t.mustache", text: template)], options: .init(escapeRawText: escapeRawText))
        return try library.renderString("t", context: .object(TemplateObject(["x": value])))
    }

    @Test func theEscaperGivesWhatEscapingEachCharacterGives() {
        for text in Self.samples {
            #expect(HTMLEscaper.escape(text) == Self.expected(text), "\(text)")
        }
    }

    @Test func textIsEscapedAlikeWhereverItIsStored() throws {
        for text in Self.samples {
            #expect(try render("[{{x}}]", .string(text)) == "[\(Self.expected(text))]", "\(text)")
            #expect(try render("[{{{x}}}]", .string(text)) == "[\(text)]", "\(text)")
            #expect(try render("[{{&x}}]", .string(text), escapeRawText: true) == "[\(Self.expected(text))]", "\(text)")
        }
    }

    @Test func trustedHTMLIsRawWhereverItIsStoredAndEscapedWhenAskedTo() throws {
        for text in Self.samples {
            let html = TemplateValue.html(TrustedHTML(text))
            #expect(try render("[{{{x}}}]", html, escapeRawText: true) == "[\(text)]", "\(text)")
            #expect(try render("[{{x}}]", html) == "[\(Self.expected(text))]", "\(text)")
        }
    }

    @Test func textInALazyListIsReadWhileItsItemLives() throws {
        // Lazy items are made for their section and dropped after it: the shortest-lived owner.
        let texts = Self.samples.filter { $0.utf8.count > 15 }
        let strings = TemplateValue.lazyList(LazyList(count: texts.count) { .string(texts[$0]) })
        #expect(try render("{{#x}}({{.}}){{/x}}", strings) == texts.map { "(\(Self.expected($0)))" }.joined())
        let objects = TemplateValue.lazyList(LazyList(count: texts.count) { .object(TemplateObject(["title": .string(texts[$0])])) })
        #expect(try render("{{#x}}({{title}}){{/x}}", objects) == texts.map { "(\(Self.expected($0)))" }.joined())
    }

    @Test func textInAListIsPrintedAlikeWhereverItIsStored() throws {
        let long = "a list item long enough to have a buffer of its own <&>"
        let list = TemplateValue.list([.string("<short>"), .string(long)])
        #expect(try render("{{#x}}({{.}}){{/x}}", list) == "(&lt;short&gt;)(\(Self.expected(long)))")
    }
}
