/// HTML that may reach a page unescaped, such as cmark's output. Plain `String`s never do: a
/// template engine that escapes raw text (`TemplateLibrary.Options.escapeRawText`) prints only
/// this type raw.
public struct TrustedHTML: Sendable, Hashable {
    public let html: String

    public init(_ html: String) {
        self.html = html
    }
}
