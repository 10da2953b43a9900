/// A parsed template: a tree of these, each tag with its place in the file.
public indirect enum TemplateNode: Sendable {
    case text([UInt8])
    /// The start of a line of the template, where the indentation of a partial is printed.
    case lineStart
    case variable(TemplateName, escaped: Bool, at: TemplateLocation)
    case section(TemplateName, inverted: Bool, [TemplateNode], at: TemplateLocation)
    /// `indentation` is nil for a partial inside a line: it starts no line of its own, so it
    /// takes no indentation, not even its caller's.
    case partial(TemplateReference, indentation: [UInt8]?, at: TemplateLocation)
    /// `{{<parent}}…{{/parent}}`: the parent template, with the blocks given to it.
    case parent(TemplateReference, blocks: [String: TemplateBlock], indentation: [UInt8]?, at: TemplateLocation)
    /// `{{$name}}…{{/name}}` outside a parent tag: the place a block is expanded, with its default.
    case block(String, TemplateBlock, at: TemplateLocation)
}

/// The content of a block, with the indentation it takes where it is expanded when its opening
/// tag stands alone (see `BlockIndentation`).
public struct TemplateBlock: Sendable {
    public var content: [TemplateNode]
    public var indentation: [UInt8]
    public var standalone: Bool
}

/// The template a partial or parent tag names: by name, found once the library is compiled
/// (then `resolved`), or by the value of a name in the context (`{{>*name}}`).
public enum TemplateReference: Sendable {
    case named(String)
    case resolved(Int, String)
    case dynamic(TemplateName)
}
