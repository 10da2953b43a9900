/// "Did you mean …?" suggestions, by edit distance: the closest candidate, when it is close
/// enough to be a plausible typo. sitegen's other messages use it too (`Suggestion`).
public enum NameSuggestion {
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 3)
        var best: (name: String, distance: Int)?
        let lowered = word.lowercased()
        for candidate in candidates.sorted() where candidate != word {
            let other = candidate.lowercased()
            let distance = editDistance(lowered, other)
            // Edits may change at most about half of what differs after a shared start, so that
            // 'partials/gone' does not suggest 'partials/footer'.
            let shared = zip(lowered, other).prefix { $0 == $1 }.count
            let allowed = min(limit, max(1, (lowered.count - shared + 1) / 2))
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// `" (did you mean 'x'?)"`, or an empty string when nothing is close.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Edit distance over Unicode scalars where swapping two neighbours counts as one edit, the
    /// commonest typo ('titel'); O(n·m) time, O(m) memory.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
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
