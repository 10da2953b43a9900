/// A calendar date written `YYYY-MM-DD`, optionally with a time of day and the offset of its zone
/// (`2026-11-28T14:30+01:00`, `2026-11-28T13:30:00Z`). A date alone means the same everywhere and
/// sorts as midnight UTC; a date with a time sorts by the instant it names.
public struct ContentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// The time of day as written, with its zone's offset; nil for a date alone.
    public let time: ClockTime?

    public init?(year: Int, month: Int, day: Int, time: ClockTime? = nil) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// Reads `YYYY-MM-DD`, or a date with a time and zone; anything else gives nil.
    public init?(iso text: String) {
        guard case .success(let date) = Self.parse(text) else { return nil }
        self = date
    }

    /// The calendar date alone, without the time.
    public var calendarDay: ContentDate { ContentDate(year: year, month: month, day: day)! }

    /// Seconds since 1970-01-01T00:00Z: a date alone counts from its midnight UTC.
    public var instant: Int {
        Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + (time.map { $0.secondsOfDay - $0.offset * 60 } ?? 0)
    }

    /// `2026-11-27`, or `2026-11-28T14:30:00+01:00` with a time: for `<time datetime>`, the
    /// sitemap and data files.
    public var iso: String {
        // Ten bytes written into a small string, without interpolation: every briefing page and
        // card writes dates, and interpolating them was 2% of making contexts.
        let day = String(unsafeUninitializedCapacity: 10) { bytes in
            Self.digits(year, 4, into: bytes, at: 0)
            bytes[4] = UInt8(ascii: "-")
            Self.digits(month, 2, into: bytes, at: 5)
            bytes[7] = UInt8(ascii: "-")
            Self.digits(self.day, 2, into: bytes, at: 8)
            return 10
        }
        guard let time else { return day }
        return "\(day)T\(time.iso)"
    }

    /// Writes `n` (at least 0, at most `width` digits) in `width` decimal digits, zero-padded,
    /// from `offset`.
    private static func digits(_ n: Int, _ width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var n = n
        for place in (offset..<offset + width).reversed() {
            bytes[place] = UInt8(ascii: "0") + UInt8(n % 10)
            n /= 10
        }
    }

    /// RFC 3339 with a time, as Atom wants it: midnight UTC for a date alone.
    public var timestamp: String { time == nil ? "\(iso)T00:00:00Z" : iso }

    /// `27 November 2026`, or `28 November 2026, 14:30 UTC+01:00` in the zone it was written in
    /// (pages show times in the site's zone: see `SiteTimeZone`).
    public var long: String { long(in: InterfaceStrings.english) }

    /// The date as `strings`' language writes it: `27 novembre 2026`, `27 листопада 2026`.
    public func long(in strings: InterfaceStrings) -> String {
        let date = strings.date(day: day, month: month, year: year)
        guard let time else { return date }
        return "\(date), \(time.hourMinute) \(ClockTime.zoneName(offset: time.offset))"
    }

    public var description: String { iso }

    /// By instant; of two ways to write the same instant, a date alone first, then by offset.
    public static func < (a: ContentDate, b: ContentDate) -> Bool {
        let (x, y) = (a.order, b.order)
        return x.instant != y.instant ? x.instant < y.instant : x.zone < y.zone
    }

    /// What `<` compares: the instant, then the zone's offset (`Int.min` for a date alone). Two
    /// dates are equal exactly when these are.
    var order: (instant: Int, zone: Int) { (instant, time?.offset ?? Int.min) }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the date (Howard Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `n` (at least 0, at most `width` digits) in `width` digits, zero-padded.
    static func pad(_ n: Int, _ width: Int) -> String {
        String(unsafeUninitializedCapacity: width) { bytes in
            digits(n, width, into: bytes, at: 0)
            return width
        }
    }
}

/// A time of day as written after a date, with the offset of its zone from UTC: `14:30+01:00`.
public struct ClockTime: Sendable, Hashable {
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Minutes east of UTC: 60 for `+01:00`, 0 for `Z`.
    public let offset: Int

    public init?(hour: Int, minute: Int, second: Int = 0, offset: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
            (-(23 * 60 + 59)...(23 * 60 + 59)).contains(offset)
        else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offset = offset
    }

    var secondsOfDay: Int { hour * 3600 + minute * 60 + second }

    /// `14:30:00+01:00`, or `13:30:00Z` in UTC.
    var iso: String {
        "\(ContentDate.pad(hour, 2)):\(ContentDate.pad(minute, 2)):\(ContentDate.pad(second, 2))\(Self.offsetText(offset))"
    }

    /// `14:30`: what readers see.
    var hourMinute: String { "\(ContentDate.pad(hour, 2)):\(ContentDate.pad(minute, 2))" }

    static func offsetText(_ offset: Int) -> String {
        guard offset != 0 else { return "Z" }
        let size = abs(offset)
        return "\(offset < 0 ? "-" : "+")\(ContentDate.pad(size / 60, 2)):\(ContentDate.pad(size % 60, 2))"
    }

    /// `UTC`, or `UTC+01:00`: a zone known only by its offset.
    static func zoneName(offset: Int) -> String {
        offset == 0 ? "UTC" : "UTC" + offsetText(offset)
    }
}
