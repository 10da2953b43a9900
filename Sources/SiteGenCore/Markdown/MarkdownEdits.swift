/// What to render in place of some of a document's nodes, leaving the document itself as it is:
/// a body's tree is shared by every page that shows it (its own page, the book), so rendering it
/// changes nothing and copies nothing.
///
/// Edits are found by node index in a table as long as the document, so the renderer looks each
/// node up without hashing.
public struct MarkdownEdits: Sendable {
    /// A piece of a text node that is split, as a range of its literal's UTF-8 bytes: plain text,
    /// or a link around the text.
    public enum Piece: Sendable, Hashable {
        case text(Range<Int>)
        case link(url: String, text: Range<Int>)
    }

    public enum Edit: Sendable, Hashable {
        /// A node rendered as this text, in place of itself and its children.
        case text(String)
        /// A link or image with this destination; its title and children stay.
        case destination(String)
        /// A block rendered as this HTML around its children (a heading with its own id).
        case block(onEnter: String, onExit: String)
        /// An inline node rendered as this HTML, made by sitegen (a citation's marks).
        case inline(String)
        /// A text node rendered as these pieces of its literal, in order.
        case split([Piece])
    }

    /// Node index → position in `edits` plus one; 0 for a node left as it is.
    private var slots: [Int32] = []
    public private(set) var edits: [Edit] = []

    public init() {}

    public var isEmpty: Bool { edits.isEmpty }

    /// The edit of a node, if it has one.
    public func edit(of index: Int) -> Edit? {
        index < slots.count && slots[index] > 0 ? edits[Int(slots[index]) - 1] : nil
    }

    /// Whether the node's edit replaces its children with text of its own.
    public func replacesChildren(of index: Int) -> Bool {
        if case .text? = edit(of: index) { true } else { false }
    }

    /// Gives a node of the document an edit; a later edit of the same node replaces the earlier one.
    public mutating func set(_ edit: Edit, of index: Int, in document: MarkdownDocument) {
        if slots.isEmpty { slots = Array(repeating: 0, count: document.count) }
        if slots[index] > 0 {
            edits[Int(slots[index]) - 1] = edit
        } else {
            edits.append(edit)
            slots[index] = Int32(edits.count)
        }
    }
}
