import Foundation

/// How a language orders names A to Z (ICU's collation, from the data in the binary): Ukrainian
/// puts Ґ after Г, Є after Е and І, Ї after И; French sorts É with E. Code point order, which
/// `<` on strings gives, would put every Є, І and Ї before А.
public struct Collation: Sendable {
    private let locale: Locale

    public init(language: String) {
        locale = Locale(identifier: language)
    }

    /// Whether `a` comes before `b`, case aside; nil when the language sorts them alike.
    public func precedes(_ a: String, _ b: String) -> Bool? {
        switch a.compare(b, options: [.caseInsensitive], range: nil, locale: locale) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: nil
        }
    }

    /// `a` before `b` by name, then by id, so that the order is total.
    public func precedes(_ a: (name: String, id: String), _ b: (name: String, id: String)) -> Bool {
        precedes(a.name, b.name) ?? (a.id < b.id)
    }
}
