import Foundation

/// What to build and how.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    /// The output folder; `public/` in the site folder by default.
    public var output: URL
    public var includeDrafts: Bool
    /// Fail on warnings too.
    public var strict: Bool
    /// Overrides `base_url` of `site.yml`.
    public var baseURL: String?
    /// Every internal link relative to its page, as `relative_urls: true` in `site.yml` does.
    public var relativeURLs = false
    /// Replace an output folder that holds files sitegen did not write.
    public var force: Bool
    /// Check every internal link of the rendered pages.
    public var checkLinks: Bool
    /// Check links by reading every rendered page with libxml2, rather than only the pages whose
    /// links the link check cannot settle where they are made (see `LinkPlanner`).
    public var scanEveryPage: Bool
    /// Write the output; off for `sitegen check`.
    public var write: Bool
    /// The day `sitegen check` judges staleness by: SOURCE_DATE_EPOCH, or the clock, when nil.
    public var today: ContentDate?
    /// Leave what the build made for the process's exit to free, as compilers do (clang's
    /// `-disable-free`): freeing a site's index, one value at a time, took 0.1 s of a
    /// 10,000-briefing build. Only for a process that exits after the build.
    public var leavesMemoryToExit = false

    public init(
        siteRoot: URL, output: URL? = nil, includeDrafts: Bool = false, strict: Bool = false, baseURL: String? = nil, force: Bool = false,
        checkLinks: Bool = true, scanEveryPage: Bool = false, write: Bool = true
    ) {
        self.checkLinks = checkLinks
        self.scanEveryPage = scanEveryPage
        self.write = write
        self.force = force
        self.siteRoot = siteRoot.standardizedFileURL
        self.output = (output ?? siteRoot.appendingPathComponent("public")).standardizedFileURL
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.baseURL = baseURL
    }
}
