/// What a template sees: the engine's whole value model. Pages reach it from typed Swift values
/// (`@TemplateContext`), the spec suite from JSON; rendering never casts or reflects.
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    /// Text: HTML-escaped wherever a template prints it.
    case string(String)
    /// HTML that is trusted as it is (rendered Markdown): printed unescaped by `{{{…}}}`.
    case html(TrustedHTML)
    case list([TemplateValue])
    case object(TemplateObject)

    /// The UTF-8 bytes of all the text and HTML in the value, lists and objects included: about
    /// what printing it once writes, to size a page's buffer before it renders. Walks without
    /// recursion, however deep the value.
    public var textBytes: Int {
        var total = 0
        var pending: [TemplateValue] = [self]
        while let value = pending.popLast() {
            switch value {
            case .string(let text): total += text.utf8.count
            case .html(let trusted): total += trusted.html.utf8.count
            case .list(let items): pending.append(contentsOf: items)
            case .object(let object): pending.append(contentsOf: object.values)
            case .null, .bool, .int, .double: break
            }
        }
        return total
    }

    /// Whether a section shows its content: everything but null, false and the empty list.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        default: true
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
}

/// A value already in the model is itself.
extension TemplateValue: TemplateConvertible {
    public var templateValue: TemplateValue { self }
    public static var templateSchema: TemplateSchema { TemplateSchema(typeName: "TemplateValue", kind: .object([])) }
}
