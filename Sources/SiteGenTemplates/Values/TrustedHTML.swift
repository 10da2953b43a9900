/// HTML that may reach a page unescaped, such as cmark's output. Plain `String`s never do: a
/// template engine that escapes raw text (`TemplateLibrary.Options.escapeRawText`) prints only
/// this type raw.
public struct TrustedHTML: Sendable, Hashable, Codable {
    public let html: String

    public init(_ html: String) {
        self.html = html
    }

    public init(from decoder: Decoder) throws {
        html = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        if let encoder = encoder as? TemplateEncoder.Node {
            encoder.value = .html(self)
        } else {
            var container = encoder.singleValueContainer()
            try container.encode(html)
        }
    }
}
