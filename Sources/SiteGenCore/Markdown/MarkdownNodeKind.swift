/// What a Markdown node is, with the data cmark keeps for each kind.
public enum MarkdownNodeKind: Sendable, Hashable {
    public enum ListType: Sendable, Hashable { case bullet, ordered }
    public enum Delimiter: Sendable, Hashable { case none, period, parenthesis }

    // Blocks
    case document
    case blockQuote
    case list(type: ListType, delimiter: Delimiter, start: Int, tight: Bool)
    case item
    case codeBlock(info: String, literal: String)
    case htmlBlock(String)
    /// Literal HTML around the children, written as it is even in safe mode: for sitegen's own markup.
    case customBlock(onEnter: String, onExit: String)
    case paragraph
    case heading(level: Int)
    case thematicBreak
    // Inlines
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String)
    case customInline(onEnter: String, onExit: String)
    case emphasis
    case strong
    case link(url: String, title: String)
    case image(url: String, title: String)

    /// Leaves have no children: a walk enters them but never exits them.
    public var isLeaf: Bool {
        switch self {
        case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline: true
        default: false
        }
    }
}
