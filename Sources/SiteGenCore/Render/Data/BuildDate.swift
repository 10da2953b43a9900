import Foundation

/// The date to use where the content gives none (a feed with no briefings, a page with no date):
/// SOURCE_DATE_EPOCH when it is set, as reproducible builds expect; otherwise none, rather than the
/// build's clock, so that two builds of the same input are byte-identical.
public enum BuildDate {
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ContentDate? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) else { return nil }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return ContentDate(daysSinceEpoch: days)
    }

    /// Today by the machine's clock (UTC): only for checks that are about today, never for output.
    public static func today() -> ContentDate {
        let seconds = Int(Date().timeIntervalSince1970)
        return ContentDate(daysSinceEpoch: seconds / 86_400)!
    }

    /// The date for a new file (`sitegen init`, `sitegen new`): SOURCE_DATE_EPOCH when it is set,
    /// else today in the writer's own time zone, which is the date they would write by hand.
    public static func forNewFile(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ContentDate {
        if let date = fromEnvironment(environment) { return date }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return ContentDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? today()
    }
}

extension ContentDate {
    /// The date `days` days after 1970-01-01 (in the proleptic Gregorian calendar).
    init?(daysSinceEpoch days: Int) {
        // Howard Hinnant's days_from_civil, inverted.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
