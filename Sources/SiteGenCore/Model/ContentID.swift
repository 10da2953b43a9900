import Foundation

/// The rule for ids, which are also URL slugs: lowercase a–z, 0–9 and '-', not starting or ending with '-'.
public enum ContentID {
    public static let rule = "use lowercase a–z, 0–9 and '-' only"

    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        return bytes.allSatisfy { isAllowed($0) }
    }

    /// A valid id close to `text`: written in Latin letters (ICU's Any-Latin and Latin-ASCII
    /// transforms: `Україна` → `ukraina`, `Élysée` → `elysee`), lowercased, apostrophes dropped
    /// (`Who's` → `whos`), and runs of other characters turned into one `-`.
    public static func suggestion(for text: String) -> String {
        let latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? text
        let plain = latin.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for byte in plain.lowercased().utf8 where byte != UInt8(ascii: "'") {
            if isAllowed(byte), byte != UInt8(ascii: "-") {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(Unicode.Scalar(byte))
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "page" : slug
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }
}
