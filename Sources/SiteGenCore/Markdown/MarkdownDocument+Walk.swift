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
        return separatingBlocks ? String(text.drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "\n" }.reversed()) : text
    }

    private static func isBlock(_ kind: MarkdownNodeKind) -> Bool {
        switch kind {
        case .paragraph, .heading, .item, .blockQuote: true
        default: false
        }
    }
}
