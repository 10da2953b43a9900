extension ContentDate {
    /// Why a text is not a date, worded for the field it was given in.
    public enum ParseError: Error, Equatable {
        /// Not `YYYY-MM-DD`, with or without a time.
        case format
        /// `2026-02-30`: the month has fewer days.
        case noSuchDay(month: Int, year: Int, days: Int)
        /// `2026-11-28T14:30`: a time without its zone, which would mean a different instant on
        /// every machine.
        case noZone
        /// `25:00`, `14:61`, `+25:00`.
        case noSuchTime

        public func message(field: String, text: String) -> String {
            switch self {
            case .format:
                "'\(field)' must be a date written YYYY-MM-DD, or a date and time with its zone such as 2026-11-28T14:30+01:00, not '\(text)'"
            case .noSuchDay(let month, let year, let days):
                "'\(field)' is \(text), a day that does not exist: \(ContentDate.monthNames[month - 1]) \(year) has \(days) days"
            case .noZone:
                "'\(field)' gives a time but no zone: write \(text)Z for UTC, or its offset from UTC, such as \(text)+01:00"
            case .noSuchTime:
                "'\(field)' is \(text), a time that does not exist: hours go from 00 to 23, minutes and seconds from 00 to 59, and a zone's offset is at most ±23:59"
            }
        }
    }

    /// Reads `YYYY-MM-DD`, optionally followed by `T` (or a space), `HH:MM`, optional `:SS`, and a
    /// zone: `Z` or `±HH:MM`.
    public static func parse(_ text: String) -> Result<ContentDate, ParseError> {
        var reader = DigitReader(Array(text.utf8))
        guard let year = reader.number(4), reader.take("-"), let month = reader.number(2), reader.take("-"),
            let day = reader.number(2)
        else { return .failure(.format) }
        guard (1...12).contains(month), year >= 1 else { return .failure(.format) }
        let days = Self.days(inMonth: month, year: year)
        guard (1...days).contains(day) else { return .failure(.noSuchDay(month: month, year: year, days: days)) }
        if reader.atEnd { return .success(ContentDate(year: year, month: month, day: day)!) }
        guard reader.take("T") || reader.take("t") || reader.take(" "), let hour = reader.number(2), reader.take(":"),
            let minute = reader.number(2)
        else { return .failure(.format) }
        var second = 0
        if reader.take(":") {
            guard let value = reader.number(2) else { return .failure(.format) }
            second = value
        }
        if reader.atEnd { return .failure(.noZone) }
        var offset = 0
        if reader.take("Z") || reader.take("z") {
        } else if let sign = reader.sign() {
            guard let hours = reader.number(2), reader.take(":"), let minutes = reader.number(2) else { return .failure(.format) }
            guard minutes < 60 else { return .failure(.noSuchTime) }
            offset = sign * (hours * 60 + minutes)
        } else {
            return .failure(.format)
        }
        guard reader.atEnd else { return .failure(.format) }
        guard let time = ClockTime(hour: hour, minute: minute, second: second, offset: offset) else { return .failure(.noSuchTime) }
        return .success(ContentDate(year: year, month: month, day: day, time: time)!)
    }
}

/// Reads fixed-width numbers and single characters from the bytes of a date.
private struct DigitReader {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func number(_ width: Int) -> Int? {
        guard position + width <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + width] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        position += width
        return value
    }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    mutating func sign() -> Int? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }
}
