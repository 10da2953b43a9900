/// Someone who writes briefings, from `authors:` in site.yml: a briefing's `authors:` names them
/// by id.
public struct Person: Sendable, Hashable {
    public var id: String
    public var name: String
    public var role: String?
    /// Their page elsewhere: an http(s) URL.
    public var url: String?

    public init(id: String, name: String, role: String? = nil, url: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.url = url
    }

    /// Whether a byline names a person by id (`jane-doe`) rather than by name (`Jane Doe`): an id
    /// is lowercase a–z, 0–9 and `-`.
    static func looksLikeID(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || $0 == UInt8(ascii: "-")
            }
    }
}
