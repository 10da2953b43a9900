import SiteGenTemplates

/// "Did you mean …?" suggestions for sitegen's messages; the same rule as the template engine's.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        NameSuggestion.closest(to: word, in: candidates)
    }

    /// `" (did you mean 'x'?)"`, or an empty string when nothing is close.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        NameSuggestion.didYouMean(word, in: candidates)
    }
}
