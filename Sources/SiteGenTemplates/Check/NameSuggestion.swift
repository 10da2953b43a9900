/// "Did you mean …?" suggestions, by edit distance: the closest candidate, when it is close
/// enough to be a plausible typo. sitegen's other messages use it too (`Suggestion`).
public enum NameSuggestion {
    /// The closest candidate, the first in sorted order among equally close ones.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        Candidates(candidates).closest(to: word)
    }

    /// Candidates read once, to be asked about many words (every broken link of a site): a
    /// candidate whose length alone puts it out of reach is not measured, and the start it
    /// shares with the word is not measured again.
    public struct Candidates: Sendable {
        private let names: [(name: String, lowered: [Unicode.Scalar])]

        public init(_ names: some Sequence<String>) {
            self.names = names.map { ($0, Array($0.lowercased().unicodeScalars)) }
        }

        public func closest(to word: String) -> String? {
            let lowered = Array(word.lowercased().unicodeScalars)
            let limit = max(2, lowered.count / 3)
            var best: (name: String, distance: Int)?
            for (candidate, other) in names where candidate != word {
                // Edits may change at most about half of what differs after a shared start, so
                // that 'partials/gone' does not suggest 'partials/footer'.
                let shared = zip(lowered, other).prefix { $0 == $1 }.count
                let allowed = min(limit, max(1, (lowered.count - shared + 1) / 2))
                guard abs(other.count - lowered.count) <= allowed else { continue }
                let distance = editDistance(lowered[shared...], other[shared...])
                guard distance <= allowed else { continue }
                if let current = best, distance > current.distance || (distance == current.distance && current.name < candidate) {
                    continue
                }
                best = (candidate, distance)
            }
            return best?.name
        }

        /// `" (did you mean 'x'?)"`, or an empty string when nothing is close.
        public func didYouMean(_ word: String) -> String {
            closest(to: word).map { " (did you mean '\($0)'?)" } ?? ""
        }
    }

    /// `" (did you mean 'x'?)"`, or an empty string when nothing is close.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        Candidates(candidates).didYouMean(word)
    }

    /// Edit distance over Unicode scalars where swapping two neighbours counts as one edit, the
    /// commonest typo ('titel'); O(n·m) time, O(m) memory.
    static func editDistance(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var beforePrevious = Array(0...b.count)
        var previous = beforePrevious
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
