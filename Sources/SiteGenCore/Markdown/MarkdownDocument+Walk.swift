extension MarkdownDocument {
    /// One step of a depth-first walk: entering a node, or leaving a node that can have children.
    public struct WalkEvent: Sendable, Hashable {
        public var index: Int
        public var entering: Bool
    }

    /// Every node under `start` (itself included) in document order, without recursion.
    public func walk(from start: Int = 0) -> some Sequence<WalkEvent> {
        var current: WalkEvent? = WalkEvent(index: start, entering: true)
        return AnySequence {
            AnyIterator {
                guard let event = current else { return nil }
                current = self.step(after: event, stoppingAt: start)
                return event
            }
        }
    }

    private func step(after event: WalkEvent, stoppingAt start: Int) -> WalkEvent? {
        let node = nodes[event.index]
        if event.entering, !node.kind.isLeaf {
            return node.firstChild >= 0 ? WalkEvent(index: node.firstChild, entering: true) : WalkEvent(index: event.index, entering: false)
        }
        if event.index == start { return nil }
        if node.next >= 0 { return WalkEvent(index: node.next, entering: true) }
        return node.parent >= 0 ? WalkEvent(index: node.parent, entering: false) : nil
    }

    /// The text a reader sees in a node: text and code literals, breaks as spaces; with
    /// `separatingBlocks`, a space between blocks too (paragraphs, items, headings, code).
    public func plainText(of index: Int, separatingBlocks: Bool = false) -> String {
        var text = ""
        for event in walk(from: index) {
            let kind = nodes[event.index].kind
            guard event.entering else {
                if separatingBlocks, Self.isBlock(kind), !text.isEmpty, text.last != " " { text += " " }
                continue
            }
            switch kind {
            case .text(let literal), .code(let literal): text += literal
            case .codeBlock(_, let literal): text += literal + (separatingBlocks ? " " : "")
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return separatingBlocks ? Self.trimmed(text) : text
    }

    /// `text` without leading spaces and trailing spaces or newlines, trimmed on its UTF-8 bytes.
    private static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }),
            let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") })
        else { return "" }
        if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex { return text }
        return String(text[first...last])
    }

    private static func isBlock(_ kind: MarkdownNodeKind) -> Bool {
        switch kind {
        case .paragraph, .heading, .item, .blockQuote: true
        default: false
        }
    }
}
