import SiteGenTemplates

/// The keys of two context types in one object: `Merged<EntityLink, EntityCounts>` has the
/// keys of both, so a part shared by several contexts is declared once.
struct Merged<Base: Codable & Sendable, Extra: Codable & Sendable>: Codable, Sendable {
    var base: Base
    var extra: Extra

    init(_ base: Base, _ extra: Extra) {
        self.base = base
        self.extra = extra
    }

    init(from decoder: Decoder) throws {
        base = try Base(from: decoder)
        extra = try Extra(from: decoder)
    }

    func encode(to encoder: Encoder) throws {
        try base.encode(to: encoder)
        try extra.encode(to: encoder)
    }
}

/// A list that a template shows under a heading of its own: absent when empty, so that
/// `{{#sources}}<h2>Sources</h2>{{#items}}…{{/items}}{{/sources}}` prints nothing for none.
struct Items<Item: Codable & Sendable>: Codable, Sendable {
    var items: [Item]

    /// nil for no items.
    static func of(_ items: [Item]) -> Items? {
        items.isEmpty ? nil : Items(items: items)
    }
}
