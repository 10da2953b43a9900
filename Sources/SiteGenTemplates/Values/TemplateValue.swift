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
    /// A list made item by item as it renders (see `LazyList`).
    case lazyList(LazyList)
    case object(TemplateObject)

    /// Whether a section shows its content: everything but null, false and the empty list.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        case .lazyList(let list): list.count > 0
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
