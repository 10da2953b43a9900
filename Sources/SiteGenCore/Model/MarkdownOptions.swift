/// How Markdown is read and written, from the `markdown:` section of `site.yml`.
public struct MarkdownOptions: Sendable, Hashable {
    /// Curly quotes, dashes and ellipses from straight ASCII punctuation.
    public var smartPunctuation: Bool
    /// Let raw HTML and every kind of link URL through (off: cmark's safe mode).
    public var unsafeHTML: Bool

    public init(smartPunctuation: Bool = true, unsafeHTML: Bool = false) {
        self.smartPunctuation = smartPunctuation
        self.unsafeHTML = unsafeHTML
    }
}
