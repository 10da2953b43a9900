/// One piece of a template's text: literal text, the start of a line, or a tag.
struct Token {
    enum Kind: Equatable {
        case text
        /// Where a line of the source begins; a partial's indentation is printed here.
        case lineStart
        case variable(escaped: Bool)
        case section
        case invertedSection
        case close
        case comment
        case delimiters
        case partial
        case parent
        case block

        /// Tags that may stand alone on a line, which then leaves no trace in the output.
        var canStandAlone: Bool {
            switch self {
            case .text, .lineStart, .variable: false
            default: true
            }
        }
    }

    var kind: Kind
    /// For text, its bytes in the source; for a tag, the whole tag.
    var start: Int
    var end: Int
    /// A tag's name as written, trimmed; a dynamic name keeps no `*`.
    var name = ""
    var dynamic = false
    /// The whitespace before a standalone partial, parent or block, which indents its lines.
    var indentation: [UInt8] = []
    /// A block tag alone on its line: its content is re-indented where it is expanded.
    var standalone = false
}
