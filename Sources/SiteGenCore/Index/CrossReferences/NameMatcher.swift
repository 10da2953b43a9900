/// Finds every occurrence of many names in a text in one pass (Aho–Corasick over UTF-8 bytes):
/// the cost grows with the length of the text, not with the number of names.
struct NameMatcher: Sendable {
    struct Match: Sendable, Hashable {
        /// Byte offsets in the text.
        var start: Int
        var end: Int
        /// The index of the name in the list the matcher was built from.
        var name: Int
    }

    private var children: [[(byte: UInt8, node: Int32)]] = [[]]
    private var failure: [Int32] = [0]
    /// For each node, the names that end there, longest first (its own, then its failure chain's).
    private var outputs: [[Int32]] = [[]]
    private let lengths: [Int]

    init(names: [String]) {
        lengths = names.map(\.utf8.count)
        for (index, name) in names.enumerated() where !name.isEmpty {
            var node = 0
            for byte in name.utf8 {
                if let next = child(of: node, byte) {
                    node = next
                } else {
                    children.append([])
                    failure.append(0)
                    outputs.append([])
                    children[node].append((byte, Int32(children.count - 1)))
                    node = children.count - 1
                }
            }
            outputs[node].append(Int32(index))
        }
        buildFailureLinks()
    }

    /// Every occurrence of every name, overlapping ones included, in order of their end.
    func matches(in text: [UInt8]) -> [Match] {
        var found: [Match] = []
        var node = 0
        for (offset, byte) in text.enumerated() {
            while node != 0, child(of: node, byte) == nil { node = Int(failure[node]) }
            node = child(of: node, byte) ?? 0
            for name in outputs[node] {
                let length = lengths[Int(name)]
                found.append(Match(start: offset + 1 - length, end: offset + 1, name: Int(name)))
            }
        }
        return found
    }

    private func child(of node: Int, _ byte: UInt8) -> Int? {
        for edge in children[node] where edge.byte == byte { return Int(edge.node) }
        return nil
    }

    /// Breadth-first, so a node's failure target is always settled before the node.
    private mutating func buildFailureLinks() {
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
                outputs[next] += outputs[Int(failure[next])]
                queue.append(next)
            }
        }
    }
}
