/// Gives headings stable, unique anchor ids: the heading's words, lowercased and joined by `-`,
/// with `-1`, `-2`, … added to repeats ("Next steps" → `next-steps`, then `next-steps-1`).
struct HeadingAnchors {
    private var taken: Set<String>

    init(reserved: Set<String> = []) {
        taken = reserved
    }

    mutating func claim(for text: String) -> String {
        let base = Self.slug(text)
        var anchor = base
        var counter = 0
        while taken.contains(anchor) {
            counter += 1
            anchor = "\(base)-\(counter)"
        }
        taken.insert(anchor)
        return anchor
    }

    /// Letters and digits of any script, lowercased; every run of anything else becomes one `-`.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else if scalar != "’" && scalar != "'" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
