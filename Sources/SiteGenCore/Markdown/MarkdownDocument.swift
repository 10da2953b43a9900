/// A Markdown syntax tree as a plain Swift value, so it can cross stages and threads.
///
/// The nodes live in one array and point to each other by index, as cmark's do by pointer: no
/// recursion is needed to build, walk, change or free a tree, however deep it is nested.
public struct MarkdownDocument: Sendable {
    public struct Node: Sendable {
        public var kind: MarkdownNodeKind
        /// Where the node starts in the file (not just the body); 0 when cmark gives no position.
        public var line: Int
        public var column: Int
        public fileprivate(set) var parent = -1
        public fileprivate(set) var firstChild = -1
        public fileprivate(set) var lastChild = -1
        public fileprivate(set) var next = -1
        public fileprivate(set) var previous = -1
    }

    public private(set) var nodes: [Node]
    /// The index of the document node.
    public let root = 0

    public init() {
        nodes = [Node(kind: .document, line: 1, column: 1)]
    }

    public subscript(index: Int) -> Node {
        get { nodes[index] }
    }

    /// Gives back the room the node array grew into: a site keeps every body's tree.
    mutating func compact() {
        nodes = nodes.withUnsafeBufferPointer { Array($0) }
    }

    /// Changes what a node is, keeping its place and children.
    public mutating func setKind(_ kind: MarkdownNodeKind, of index: Int) {
        nodes[index].kind = kind
    }

    /// Adds a node as the last child of `parent` and returns its index.
    @discardableResult
    public mutating func append(_ kind: MarkdownNodeKind, line: Int = 0, column: Int = 0, to parent: Int) -> Int {
        let index = nodes.count
        var node = Node(kind: kind, line: line, column: column)
        node.parent = parent
        node.previous = nodes[parent].lastChild
        nodes.append(node)
        if node.previous >= 0 { nodes[node.previous].next = index } else { nodes[parent].firstChild = index }
        nodes[parent].lastChild = index
        return index
    }

    /// Adds a node just before `sibling` and returns its index.
    @discardableResult
    public mutating func insert(_ kind: MarkdownNodeKind, line: Int = 0, column: Int = 0, before sibling: Int) -> Int {
        let index = nodes.count
        var node = Node(kind: kind, line: line, column: column)
        node.parent = nodes[sibling].parent
        node.previous = nodes[sibling].previous
        node.next = sibling
        nodes.append(node)
        if node.previous >= 0 { nodes[node.previous].next = index } else { nodes[node.parent].firstChild = index }
        nodes[sibling].previous = index
        return index
    }

    /// Adds a node just after `sibling` and returns its index.
    @discardableResult
    public mutating func insert(_ kind: MarkdownNodeKind, line: Int = 0, column: Int = 0, after sibling: Int) -> Int {
        let next = nodes[sibling].next
        if next >= 0 { return insert(kind, line: line, column: column, before: next) }
        return append(kind, line: line, column: column, to: nodes[sibling].parent)
    }

    /// Takes a node (with its children) out of the tree; its slot stays in `nodes`, unreachable.
    public mutating func unlink(_ index: Int) {
        let node = nodes[index]
        if node.previous >= 0 {
            nodes[node.previous].next = node.next
        } else if node.parent >= 0 {
            nodes[node.parent].firstChild = node.next
        }
        if node.next >= 0 {
            nodes[node.next].previous = node.previous
        } else if node.parent >= 0 {
            nodes[node.parent].lastChild = node.previous
        }
        nodes[index].parent = -1
        nodes[index].next = -1
        nodes[index].previous = -1
    }

    /// The indices of a node's children, in order.
    public func children(of index: Int) -> [Int] {
        sequence(first: nodes[index].firstChild) { self.nodes[$0].next }.prefix { $0 >= 0 }
    }
}
