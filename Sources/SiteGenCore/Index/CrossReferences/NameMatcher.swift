/// Finds every occurrence of many names in a text in one pass (Aho–Corasick over UTF-8 bytes):
/// the cost grows with the length of the text, not with the number of names.
///
/// The automaton is a trie with failure links. When it is small enough it is also written out as
/// a table with a row per node and a column per byte class (a class per byte that occurs in a
/// name, and one for all the others), so that each byte of the text costs one lookup: following
/// failure links through lists of edges was 40% of the mention scan. A row per node costs
/// `classes` × 4 bytes, so a site with tens of thousands of names (and Cyrillic ones, which
/// bring some 60 byte values) keeps the trie alone.
struct NameMatcher: Sendable {
    struct Match: Sendable, Hashable {
        /// Byte offsets in the text.
        var start: Int
        var end: Int
        /// The index of the name in the list the matcher was built from.
        var name: Int
    }

    /// At most this many cells in the table (16 MiB).
    static let tableCellLimit = 4 << 20

    private var children: [[(byte: UInt8, node: Int32)]] = [[]]
    private var failure: [Int32] = [0]
    /// The names that end at each node, longest first (its own, then its failure chain's), as
    /// `outputs[outputStart[node]..<outputStart[node + 1]]`.
    private var outputStart: [Int32] = []
    private var outputs: [Int32] = []
    private let lengths: [Int]
    /// The class of each byte; 0 for bytes in no name.
    private var classes = [UInt8](repeating: 0, count: 256)
    private var classCount = 1
    /// The next node, at `node * classCount + class`; empty when the table would be too large.
    private var table: [Int32] = []

    init(names: [String], tableCellLimit: Int = NameMatcher.tableCellLimit) {
        lengths = names.map(\.utf8.count)
        var own: [[Int32]] = [[]]
        for (index, name) in names.enumerated() where !name.isEmpty {
            var node = 0
            for byte in name.utf8 {
                if classes[Int(byte)] == 0 {
                    classes[Int(byte)] = UInt8(classCount)
                    classCount += 1
                }
                if let next = child(of: node, byte) {
                    node = next
                } else {
                    children.append([])
                    failure.append(0)
                    own.append([])
                    children[node].append((byte, Int32(children.count - 1)))
                    node = children.count - 1
                }
            }
            own[node].append(Int32(index))
        }
        let order = buildFailureLinks(outputs: &own)
        outputStart = [0]
        for names in own { outputStart.append(outputStart.last! + Int32(names.count)) }
        outputs = own.flatMap { $0 }
        if children.count * classCount <= tableCellLimit { buildTable(order: order) }
    }

    /// Every occurrence of every name, overlapping ones included, in order of their end.
    func matches(in text: [UInt8]) -> [Match] {
        var found: [Match] = []
        func emit(_ node: Int, at offset: Int) {
            let first = Int(outputStart[node]), last = Int(outputStart[node + 1])
            guard first < last else { return }
            for name in outputs[first..<last] {
                found.append(Match(start: offset + 1 - lengths[Int(name)], end: offset + 1, name: Int(name)))
            }
        }
        var node = 0
        if table.isEmpty {
            for (offset, byte) in text.enumerated() {
                while node != 0, child(of: node, byte) == nil { node = Int(failure[node]) }
                node = child(of: node, byte) ?? 0
                emit(node, at: offset)
            }
            return found
        }
        classes.withUnsafeBufferPointer { classes in
            table.withUnsafeBufferPointer { table in
                for (offset, byte) in text.enumerated() {
                    node = Int(table[node * classCount + Int(classes[Int(byte)])])
                    emit(node, at: offset)
                }
            }
        }
        return found
    }

    /// Whether the automaton is written out as a table (for tests).
    var hasTable: Bool { !table.isEmpty }

    private func child(of node: Int, _ byte: UInt8) -> Int? {
        for edge in children[node] where edge.byte == byte { return Int(edge.node) }
        return nil
    }

    /// Breadth-first, so a node's failure target is always settled before the node; each node's
    /// names gain its target's. Returns the nodes in that order.
    private mutating func buildFailureLinks(outputs own: inout [[Int32]]) -> [Int] {
        var queue = children[0].map { Int($0.node) }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for edge in children[node] {
                let next = Int(edge.node)
                var fallback = Int(failure[node])
                while fallback != 0, child(of: fallback, edge.byte) == nil { fallback = Int(failure[fallback]) }
                let target = node == 0 ? 0 : (child(of: fallback, edge.byte) ?? 0)
                failure[next] = Int32(target == next ? 0 : target)
                own[next] += own[Int(failure[next])]
                queue.append(next)
            }
        }
        return queue
    }

    /// Each node's row: its own edges, and its failure target's row where it has none (settled
    /// first, in breadth-first order).
    private mutating func buildTable(order: [Int]) {
        table = [Int32](repeating: 0, count: children.count * classCount)
        for edge in children[0] { table[Int(classes[Int(edge.byte)])] = edge.node }
        for node in order {
            let row = node * classCount, fallback = Int(failure[node]) * classCount
            for column in 0..<classCount { table[row + column] = table[fallback + column] }
            for edge in children[node] { table[row + Int(classes[Int(edge.byte)])] = edge.node }
        }
    }
}
