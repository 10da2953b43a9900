import Testing

@testable import SiteGenCore

/// How a text node is cut at its wiki-links: what becomes a link, what stays text.
@Suite struct WikiLinkSplitTests {
    typealias Piece = WikiLinkParser.Piece

    static let cases: [(String, [Piece])] = [
        ("a [[b]] c", [.text("a "), .link(target: "b", label: "b", hasLabel: false), .text(" c")]),
        ("[[b]]", [.link(target: "b", label: "b", hasLabel: false)]),
        ("[[ core-aim | the aim ]].", [.link(target: "core-aim", label: "the aim", hasLabel: true), .text(".")]),
        ("[[a]][[b]]", [.link(target: "a", label: "a", hasLabel: false), .link(target: "b", label: "b", hasLabel: false)]),
        ("é [[Ünïcode Name]]é", [.text("é "), .link(target: "Ünïcode Name", label: "Ünïcode Name", hasLabel: false), .text("é")]),
        ("x [[]] y", [.text("x [[]] y")]),
        ("[[[a]] b", [.text("[[[a]] b")]),
        ("[[a|]] and [[|b]]", [.text("[[a|]] and [[|b]]")]),
        ("[[ ]] then [[c]]", [.text("[[ ]] then "), .link(target: "c", label: "c", hasLabel: false)]),
        ("open [[a but never closed", [.text("open [[a but never closed")]),
        ("[[a|b|c]]", [.link(target: "a", label: "b|c", hasLabel: true)]),
        ("", []),
        // Spaces and tabs at the ends of a target or label go, Unicode's spaces too; not inside.
        ("[[\ta b\t|\t c \t]]", [.link(target: "a b", label: "c", hasLabel: true)]),
        ("[[\u{00A0}é\u{3000}| ü ]]", [.link(target: "é", label: "ü", hasLabel: true)]),
        ("[[\u{00A0}]] x", [.text("[[\u{00A0}]] x")]),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [Piece]) {
        #expect(WikiLinkParser.split(text) == expected)
    }
}
