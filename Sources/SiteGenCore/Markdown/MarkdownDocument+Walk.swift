extension MarkdownDocument {
    /// One step of a depth-first walk: entering a node, or leaving a node that can have children.
    public struct WalkEvent: Sendable, Hashable {
        public var index: Int
        public var entering: Bool
    }

    /// A depth-first walk over a node and everything under it, in document order, without
    /// recursion: it reads only where nodes sit, never what they hold.
    public struct Walk: Sequence, IteratorProtocol {
        private let places: [Place]
        private let start: Int
        private var upcoming: WalkEvent?
        private var entered = -1

        init(places: [Place], start: Int) {
            self.places = places
            self.start = start
            upcoming = WalkEvent(index: start, entering: true)
        }

        public mutating func next() -> WalkEvent? {
            guard let event = upcoming else { return nil }
            upcoming = step(after: event)
            entered = event.entering ? event.index : -1
            return event
        }

        /// Leaves the node just entered without entering its children: the walk goes on with
        /// its exit. Nothing changes after a leaf, or after an exit.
        public mutating func skipChildren() {
            guard entered >= 0, !places[entered].isLeaf else { return }
            upcoming = WalkEvent(index: entered, entering: false)
        }

        private func step(after event: WalkEvent) -> WalkEvent? {
            let place = places[event.index]
            if event.entering, !place.isLeaf {
                return place.firstChild >= 0
                    ? WalkEvent(index: Int(place.firstChild), entering: true) : WalkEvent(index: event.index, entering: false)
            }
            if event.index == start { return nil }
            if place.next >= 0 { return WalkEvent(index: Int(place.next), entering: true) }
            return place.parent >= 0 ? WalkEvent(index: Int(place.parent), entering: false) : nil
        }
    }

    /// Every node under `start` (itself included) in document order.
    public func walk(from start: Int = 0) -> Walk { Walk(places: places, start: start) }

    /// Whether a node can have no children: a walk enters it but never exits it.
    public func isLeaf(_ index: Int) -> Bool { places[index].isLeaf }

    /// The text a reader sees in a node: text and code literals, breaks as spaces; with
    /// `separatingBlocks`, a space between blocks too (paragraphs, items, headings, code).
    public func plainText(of index: Int, separatingBlocks: Bool = false) -> String {
        var text = ""
        for event in walk(from: index) {
            let kind = kinds[event.index]
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

    static func isBlock(_ kind: MarkdownNodeKind) -> Bool {
        switch kind {
        case .paragraph, .heading, .item, .blockQuote: true
        default: false
        }
    }
}
