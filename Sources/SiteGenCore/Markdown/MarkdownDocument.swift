/// A Markdown syntax tree as a plain Swift value, so it can cross stages and threads.
///
/// The nodes live in arrays and point to each other by index, as cmark's do by pointer: no
/// recursion is needed to build, walk, change or free a tree, however deep it is nested. What a
/// node is (`kinds`) and where it sits (`places`) are kept apart, so a walk over the tree reads
/// plain numbers and never copies, or retains, the text the nodes hold.
public struct MarkdownDocument: Sendable {
    /// One node as a value: what it is, where it starts, and its neighbours.
    public struct Node: Sendable {
        public var kind: MarkdownNodeKind
        /// Where the node starts in the file (not just the body); 0 when cmark gives no position.
        public var line: Int
        public var column: Int
        public var parent: Int
        public var firstChild: Int
        public var lastChild: Int
        public var next: Int
        public var previous: Int
    }

    /// Where a node sits, in its file and in the tree (-1 for no such neighbour).
    struct Place: Sendable {
        var line: Int32
        var column: Int32
        var parent: Int32 = -1
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        var previous: Int32 = -1
        /// Whether its kind can have no children: a walk enters it but never exits it.
        var isLeaf: Bool

        init(line: Int, column: Int, isLeaf: Bool) {
            self.line = Int32(clamping: line)
            self.column = Int32(clamping: column)
            self.isLeaf = isLeaf
        }
    }

    /// What each node is, by index.
    public private(set) var kinds: [MarkdownNodeKind]
    private(set) var places: [Place]
    /// The index of the document node.
    public let root = 0

    public init() {
        kinds = [.document]
        places = [Place(line: 1, column: 1, isLeaf: false)]
    }

    /// How many nodes the arrays hold, unlinked ones included.
    public var count: Int { kinds.count }

    public subscript(index: Int) -> Node {
        let place = places[index]
        return Node(
            kind: kinds[index], line: Int(place.line), column: Int(place.column), parent: Int(place.parent),
            firstChild: Int(place.firstChild), lastChild: Int(place.lastChild), next: Int(place.next),
            previous: Int(place.previous))
    }

    public func parent(of index: Int) -> Int { Int(places[index].parent) }
    public func firstChild(of index: Int) -> Int { Int(places[index].firstChild) }
    public func next(of index: Int) -> Int { Int(places[index].next) }

    /// Gives back the room the arrays grew into: a site keeps every body's tree.
    mutating func compact() {
        kinds = kinds.withUnsafeBufferPointer { Array($0) }
        places = places.withUnsafeBufferPointer { Array($0) }
    }

    /// Changes what a node is, keeping its place and children.
    public mutating func setKind(_ kind: MarkdownNodeKind, of index: Int) {
        kinds[index] = kind
        places[index].isLeaf = kind.isLeaf
    }

    /// Adds a node as the last child of `parent` and returns its index.
    @discardableResult
    public mutating func append(_ kind: MarkdownNodeKind, line: Int = 0, column: Int = 0, to parent: Int) -> Int {
        let index = Int32(kinds.count)
        var place = Place(line: line, column: column, isLeaf: kind.isLeaf)
        place.parent = Int32(parent)
        place.previous = places[parent].lastChild
        add(kind, place)
        if place.previous >= 0 { places[Int(place.previous)].next = index } else { places[parent].firstChild = index }
        places[parent].lastChild = index
        return Int(index)
    }

    /// Adds a node just before `sibling` and returns its index.
    @discardableResult
    public mutating func insert(_ kind: MarkdownNodeKind, line: Int = 0, column: Int = 0, before sibling: Int) -> Int {
        let index = Int32(kinds.count)
        var place = Place(line: line, column: column, isLeaf: kind.isLeaf)
        place.parent = places[sibling].parent
        place.previous = places[sibling].previous
        place.next = Int32(sibling)
        add(kind, place)
        if place.previous >= 0 { places[Int(place.previous)].next = index } else { places[Int(place.parent)].firstChild = index }
        places[sibling].previous = index
        return Int(index)
    }

    /// Adds a node just after `sibling` and returns its index.
    @discardableResult
    public mutating func insert(_ kind: MarkdownNodeKind, line: Int = 0, column: Int = 0, after sibling: Int) -> Int {
        let next = next(of: sibling)
        if next >= 0 { return insert(kind, line: line, column: column, before: next) }
        return append(kind, line: line, column: column, to: parent(of: sibling))
    }

    /// Takes a node (with its children) out of the tree; its slot stays in the arrays, unreachable.
    public mutating func unlink(_ index: Int) {
        let place = places[index]
        if place.previous >= 0 {
            places[Int(place.previous)].next = place.next
        } else if place.parent >= 0 {
            places[Int(place.parent)].firstChild = place.next
        }
        if place.next >= 0 {
            places[Int(place.next)].previous = place.previous
        } else if place.parent >= 0 {
            places[Int(place.parent)].lastChild = place.previous
        }
        places[index].parent = -1
        places[index].next = -1
        places[index].previous = -1
    }

    /// The indices of a node's children, in order.
    public func children(of index: Int) -> [Int] {
        sequence(first: firstChild(of: index)) { self.next(of: $0) }.prefix { $0 >= 0 }
    }

    private mutating func add(_ kind: MarkdownNodeKind, _ place: Place) {
        kinds.append(kind)
        places.append(place)
    }
}
