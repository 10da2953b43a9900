/// What a build did: its diagnostics and, when it succeeded, what it wrote.
public struct BuildReport: Sendable {
    /// Every diagnostic of the build, sorted by place.
    public var diagnostics: [Diagnostic]
    /// Whether the output folder was replaced.
    public var succeeded: Bool
    public var pagesWritten: Int
    public var filesWritten: Int
    /// The stage at which the build stopped, if it failed.
    public var failedStage: Stage?
    /// Wall-clock time in seconds.
    public var duration: Double
    /// Time and peak memory of each step that ran.
    public var timings = BuildTimings()
    /// The settings the site was built with, when they could be read.
    public var config: SiteConfig?
    /// The content's latest date: the last `date` or `updated` of a briefing built.
    public var latestDate: ContentDate?

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
