/// What a command changes of `site.yml` for one build: `--base-url`, `--relative-urls`, and the
/// preview's own address, which keeps the site's path on another host.
public struct SiteOverrides: Sendable, Hashable {
    /// Takes the place of `base_url`.
    public var baseURL: String?
    /// Serve at the site's own base path on this origin (`http://127.0.0.1:8000`), as the preview
    /// does; `baseURL` wins when both are given.
    public var origin: String?
    /// Every internal link relative to its page, whatever `relative_urls` says.
    public var relativeURLs: Bool

    public init(baseURL: String? = nil, origin: String? = nil, relativeURLs: Bool = false) {
        self.baseURL = baseURL
        self.origin = origin
        self.relativeURLs = relativeURLs
    }
}
