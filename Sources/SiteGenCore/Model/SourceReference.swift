/// A source a briefing draws on, listed at the foot of its page.
public struct SourceReference: Sendable, Hashable {
    public var title: String
    public var url: String
    public var publisher: String?
    public var date: ContentDate?

    public init(title: String, url: String, publisher: String? = nil, date: ContentDate? = nil) {
        self.title = title
        self.url = url
        self.publisher = publisher
        self.date = date
    }
}
