/// A Swift value a template can see: its value in the model, and the schema of its type.
public protocol TemplateConvertible {
    var templateValue: TemplateValue { get }
    static var templateSchema: TemplateSchema { get }
    /// Whether a value of the type may be absent (null): only `Optional` says yes.
    static var isOptionalTemplateValue: Bool { get }
}

extension TemplateConvertible {
    public static var isOptionalTemplateValue: Bool { false }
}

/// A typed context: an object whose keys are the stored properties of a struct marked
/// `@TemplateContext`, which writes this conformance.
public protocol TemplateObjectConvertible: TemplateConvertible {
    static var templateKeys: [String] { get }
    static var templateShape: TemplateShape { get }
    /// Appends one value per key, in the order of `templateKeys`.
    func appendTemplateValues(to values: inout TemplateObjectValues)
    static var templateFields: [TemplateSchema.Field] { get }
}

extension TemplateObjectConvertible {
    // Inlinable, so that each context type gets code of its own in the module that declares it.
    @inlinable
    public var templateValue: TemplateValue {
        .object(TemplateObject(shape: Self.templateShape) { appendTemplateValues(to: &$0) })
    }

    public static var templateSchema: TemplateSchema {
        TemplateSchema(typeName: "\(Self.self)", kind: .object(templateFields))
    }
}

/// Marks a struct as a template context: its stored properties are its keys (see
/// `TemplateObjectConvertible`). Every property's type must be `TemplateConvertible`.
@attached(
    extension, conformances: TemplateObjectConvertible, names: named(templateKeys), named(templateShape), named(appendTemplateValues),
    named(templateFields))
public macro TemplateContext() = #externalMacro(module: "SiteGenTemplatesMacros", type: "TemplateContextMacro")

extension String: TemplateConvertible {
    @inlinable
    public var templateValue: TemplateValue { .string(self) }
    public static var templateSchema: TemplateSchema { TemplateSchema(typeName: "String", kind: .text) }
}

extension Int: TemplateConvertible {
    @inlinable
    public var templateValue: TemplateValue { .int(self) }
    public static var templateSchema: TemplateSchema { TemplateSchema(typeName: "Int", kind: .number) }
}

extension Double: TemplateConvertible {
    @inlinable
    public var templateValue: TemplateValue { .double(self) }
    public static var templateSchema: TemplateSchema { TemplateSchema(typeName: "Double", kind: .number) }
}

extension Bool: TemplateConvertible {
    @inlinable
    public var templateValue: TemplateValue { .bool(self) }
    public static var templateSchema: TemplateSchema { TemplateSchema(typeName: "Bool", kind: .flag) }
}

extension TrustedHTML: TemplateConvertible {
    @inlinable
    public var templateValue: TemplateValue { .html(self) }
    public static var templateSchema: TemplateSchema { TemplateSchema(typeName: "TrustedHTML", kind: .html) }
}

extension Optional: TemplateConvertible where Wrapped: TemplateConvertible {
    @inlinable
    public var templateValue: TemplateValue { self?.templateValue ?? .null }
    public static var templateSchema: TemplateSchema { Wrapped.templateSchema }
    public static var isOptionalTemplateValue: Bool { true }
}

extension Array: TemplateConvertible where Element: TemplateConvertible {
    // A closure, not a key path: in generic code a key path is made anew at each call.
    @inlinable
    public var templateValue: TemplateValue { .list(map { $0.templateValue }) }
    public static var templateSchema: TemplateSchema {
        TemplateSchema(typeName: "[\(Element.self)]", kind: .list(Element.templateSchema))
    }
}

extension TemplateSchema.Field {
    /// The field `name` of a context, of type `T`.
    public init<T: TemplateConvertible>(name: String, of type: T.Type) {
        self.init(name: name, schema: T.templateSchema, optional: T.isOptionalTemplateValue)
    }
}
