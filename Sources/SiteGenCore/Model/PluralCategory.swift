/// The plural categories of Unicode CLDR: which form of a counted phrase a number takes in a
/// language (`1 брифінг`, `2 брифінги`, `5 брифінгів`).
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category of a whole number in the language of `tag` (`fr`, `uk`, `en-GB`): CLDR's
    /// cardinal rules for whole numbers. A language without rules here takes English's (one
    /// for 1, other for the rest).
    public static func of(_ number: Int, language tag: String) -> PluralCategory {
        let n = abs(number)
        switch tag.split(separator: "-").first.map(String.init) ?? tag {
        case "fr", "pt":
            // 0 and 1 are singular.
            return n <= 1 ? .one : .other
        case "uk", "ru", "be":
            if n % 10 == 1 && n % 100 != 11 { return .one }
            if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return .few }
            return .many
        case "pl":
            if n == 1 { return .one }
            if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return .few }
            return .many
        case "ja", "zh", "ko", "vi", "th", "id":
            return .other
        default:
            return n == 1 ? .one : .other
        }
    }

    /// The categories whole numbers take in the language: the forms a counted phrase needs.
    public static func used(by tag: String) -> [PluralCategory] {
        let samples = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111]
        let found = Set(samples.map { of($0, language: tag) })
        return allCases.filter(found.contains)
    }
}
