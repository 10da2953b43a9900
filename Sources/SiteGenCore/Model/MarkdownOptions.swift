/// How Markdown is read and written, from the `markdown:` section of `site.yml`.
public struct MarkdownOptions: Sendable, Hashable {
    /// Curly quotes, dashes and ellipses from straight ASCII punctuation.
    public var smartPunctuation: Bool
    /// Let raw HTML and every kind of link URL through (off: cmark's safe mode).
    public var unsafeHTML: Bool
    /// The largest content file read, in KiB. cmark 0.30.2 (Debian 12's) takes time that grows
    /// with the square of the size on some inputs (CVE-2023-22484, CVE-2023-22486); a cap keeps a
    /// build from stalling on one file.
    public var maxFileKiB: Int

    public static let defaultMaxFileKiB = 256

    /// The claim statuses a briefing may mark a paragraph with (`[reported] …`): the ids of
    /// `claims:` in site.yml.
    public var claimStatuses = ClaimStatus.defaults.map(\.id)

    public init(smartPunctuation: Bool = true, unsafeHTML: Bool = false, maxFileKiB: Int = defaultMaxFileKiB) {
        self.smartPunctuation = smartPunctuation
        self.unsafeHTML = unsafeHTML
        self.maxFileKiB = maxFileKiB
    }
}
