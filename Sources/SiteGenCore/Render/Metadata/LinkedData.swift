/// An ordered JSON value (a page's structured data, the JSON Feed): text, a number, a list, or an object whose
/// keys keep the order they are written in (so the same page gives the same bytes). Empty
/// lists and absent values are left out of objects.
enum LinkedData: Sendable, Equatable {
    case text(String)
    case number(Int)
    case list([LinkedData])
    case object([(String, LinkedData)])
    /// A value written as JSON once and put in as it is: a node many pages share.
    case encoded([UInt8])

    /// An object of these keys, leaving out those without a value and empty lists.
    static func node(_ entries: [(String, LinkedData?)]) -> LinkedData {
        .object(
            entries.compactMap { key, value in
                guard let value else { return nil }
                if case .list(let items) = value, items.isEmpty { return nil }
                return (key, value)
            })
    }

    /// A schema.org node of this type.
    static func typed(_ type: String, _ entries: [(String, LinkedData?)]) -> LinkedData {
        node([("@type", .text(type))] + entries)
    }

    static func text(_ value: String?) -> LinkedData? { value.map(LinkedData.text) }

    static func == (a: LinkedData, b: LinkedData) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.object(let x), .object(let y)): x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        case (.encoded(let x), .encoded(let y)): x == y
        default: false
        }
    }

    /// The value as JSON.
    var json: [UInt8] {
        var json = JSONWriter()
        write(into: &json)
        return json.bytes
    }

    /// The value written once, to be put in many pages as it is.
    var encoded: LinkedData { .encoded(json) }

    func write(into json: inout JSONWriter) {
        switch self {
        case .text(let value):
            json.string(value)
        case .number(let value):
            json.int(value)
        case .list(let items):
            json.beginArray()
            for item in items { item.write(into: &json) }
            json.endArray()
        case .object(let entries):
            json.beginObject()
            for (key, value) in entries {
                json.key(key)
                value.write(into: &json)
            }
            json.endObject()
        case .encoded(let bytes):
            json.encoded(bytes)
        }
    }
}
