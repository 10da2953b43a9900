import Foundation

/// The zone a site shows times in: `timezone:` in site.yml, an IANA name such as `Europe/Paris`;
/// UTC when not set. A time written with another offset is shown converted to this zone.
public struct SiteTimeZone: Sendable, Hashable {
    public let identifier: String
    private let zone: TimeZone

    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    public static let utc = SiteTimeZone(identifier: "UTC")!

    /// Every name `timezone:` accepts, for suggestions.
    public static var knownIdentifiers: [String] { TimeZone.knownTimeZoneIdentifiers + ["UTC"] }

    /// The same instant as the readers of the site tell it: the day and time in this zone (with
    /// the zone's offset on that day, summer time included). A date alone stays as written.
    public func local(_ date: ContentDate) -> ContentDate {
        guard date.time != nil else { return date }
        let instant = date.instant
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        let local = instant + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = local - days * 86_400
        guard let day = ContentDate(daysSinceEpoch: days),
            let time = ClockTime(hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60, offset: offset / 60),
            let shown = ContentDate(year: day.year, month: day.month, day: day.day, time: time)
        else { return date }
        return shown
    }
}
