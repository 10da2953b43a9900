/// A name as a tag writes it: `.` (the current item) or a dotted path, each part interned.
public struct TemplateName: Sendable, Hashable, CustomStringConvertible {
    /// The parts of `a.b.c`; empty for `.`.
    public let parts: [String]
    let keys: [Int]

    init(_ text: String) {
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        keys = parts.map(TemplateKey.id)
    }

    public var description: String { parts.isEmpty ? "." : parts.joined(separator: ".") }
}
