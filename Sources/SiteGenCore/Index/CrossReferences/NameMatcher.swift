/// Finds every occurrence of many names in a text in one pass (Aho–Corasick over UTF-8 bytes):
/// the cost grows with the length of the text, not with the number of names.
///
/// The automaton is a table with a row per node and a column per byte class (a class per byte
/// that occurs in a name, and one for all the others), so that each byte of the text costs one
/// lookup. Following failure links byte by byte, through lists of edges, was 40% of the mention
/// scan.
struct NameMatcher: Sendable {
    struct Match: Sendable, Hashable {
        /// Byte offsets in the text.
        var start: Int
        var end: Int
        /// The index of the name in the list the matcher was built from.
        var name: Int
    }

    /// The class of each byte; 0 for bytes in no name.
    private let classes: [UInt8]
    private let classCount: Int
    /// The next node, at `node * classCount + class`.
    private let next: [Int32]
    /// The names that end at each node, longest first (its own, then its failure chain's), as
    /// `outputs[outputStart[node]..<outputStart[node + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    private let lengths: [Int]

    init(names: [String]) {
        lengths = names.map(\.utf8.count)
        var classes = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for byte in names.lazy.flatMap(\.utf8) where classes[Int(byte)] == 0 {
            classes[Int(byte)] = UInt8(classCount)
            classCount += 1
        }
        self.classes = classes
        self.classCount = classCount
        // The trie: `next` holds its edges, -1 where there is none until the failure links fill it.
        var next = [Int32](repeating: -1, count: classCount)
        var own: [[Int32]] = [[]]
        for (index, name) in names.enumerated() where !name.isEmpty {
            var node = 0
            for byte in name.utf8 {
                let slot = node * classCount + Int(classes[Int(byte)])
                if next[slot] < 0 {
                    next[slot] = Int32(own.count)
                    own.append([])
                    next += repeatElement(-1, count: classCount)
                }
                node = Int(next[slot])
            }
            own[node].append(Int32(index))
        }
        // Breadth first, so that a node's failure target is settled before the node: a missing
        // edge becomes the failure target's edge, and a node's names gain its target's.
        var failure = [Int32](repeating: 0, count: own.count)
        var queue: [Int] = []
        for column in 0..<classCount {
            if next[column] < 0 { next[column] = 0 } else { queue.append(Int(next[column])) }
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            own[node] += own[Int(failure[node])]
            for column in 0..<classCount {
                let slot = node * classCount + column
                let fallback = next[Int(failure[node]) * classCount + column]
                if next[slot] < 0 {
                    next[slot] = fallback
                } else {
                    failure[Int(next[slot])] = fallback
                    queue.append(Int(next[slot]))
                }
            }
        }
        self.next = next
        var outputStart: [Int32] = [0]
        for names in own { outputStart.append(outputStart.last! + Int32(names.count)) }
        self.outputStart = outputStart
        outputs = own.flatMap { $0 }
    }

    /// Every occurrence of every name, overlapping ones included, in order of their end.
    func matches(in text: [UInt8]) -> [Match] {
        var found: [Match] = []
        classes.withUnsafeBufferPointer { classes in
            next.withUnsafeBufferPointer { next in
                outputStart.withUnsafeBufferPointer { outputStart in
                    var node = 0
                    for (offset, byte) in text.enumerated() {
                        node = Int(next[node * classCount + Int(classes[Int(byte)])])
                        let first = Int(outputStart[node]), last = Int(outputStart[node + 1])
                        guard first < last else { continue }
                        for name in outputs[first..<last] {
                            let length = lengths[Int(name)]
                            found.append(Match(start: offset + 1 - length, end: offset + 1, name: Int(name)))
                        }
                    }
                }
            }
        }
        return found
    }
}
