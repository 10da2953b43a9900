import Testing

@testable import SiteGenCore

/// The site's order, newest first: `Briefing.newestFirst` sorts keys read out of each briefing
/// once. It must give exactly the order of the rule as written — by date (`ContentDate`'s `<` and
/// `==`), then weight, then id — including dates that name the same instant in other ways.
@Suite struct BriefingOrderTests {
    /// The rule as written before the keys: the oracle.
    static func rule(_ a: Briefing, _ b: Briefing) -> Bool {
        if a.date != b.date { return a.date > b.date }
        if a.weight != b.weight { return a.weight < b.weight }
        return a.id < b.id
    }

    /// Dates close together, several of them the same instant written another way (a date alone
    /// is its midnight UTC).
    static let dates: [ContentDate] = [
        ContentDate(year: 2026, month: 1, day: 6)!,
        ContentDate(year: 2026, month: 1, day: 6, time: ClockTime(hour: 0, minute: 0, offset: 0))!,
        ContentDate(year: 2026, month: 1, day: 6, time: ClockTime(hour: 1, minute: 0, offset: 60))!,
        ContentDate(year: 2026, month: 1, day: 5, time: ClockTime(hour: 23, minute: 0, offset: -60))!,
        ContentDate(year: 2026, month: 1, day: 6, time: ClockTime(hour: 14, minute: 30, offset: 60))!,
        ContentDate(year: 2026, month: 1, day: 7)!,
        ContentDate(year: 2025, month: 12, day: 31, time: ClockTime(hour: 23, minute: 59, second: 59, offset: 0))!,
        ContentDate(year: 1969, month: 12, day: 31)!,
    ]

    static let body = BodyParser.parse(
        ContentFile(
            path: "content/briefings/x.md", kind: .briefing, id: "x", frontMatter: "", frontMatterLine: 2, body: "Text.\n",
            bodyLine: 5), smartPunctuation: true
    ).0

    /// Briefings with dates, weights and drafts drawn from a seeded sequence, ids unique.
    static func briefings(count: Int, seed: UInt64) -> [Briefing] {
        var state = seed
        func next(_ bound: Int) -> Int {
            // SplitMix64.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        return (0..<count).map { number in
            let id = "b\(String(number * 7919 % count, radix: 36))"
            return Briefing(
                id: id, path: "content/briefings/\(id).md", title: id, summary: "", date: dates[next(dates.count)], themes: [],
                draft: next(4) == 0, weight: next(3) - 1, body: body)
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64]) func sortedKeysGiveTheRulesOrder(seed: UInt64) {
        let briefings = Self.briefings(count: 300, seed: seed)
        #expect(Briefing.newestFirst(briefings).map(\.id) == briefings.sorted(by: Self.rule).map(\.id))
        #expect(
            Briefing.newestFirst(briefings, where: { !$0.draft }).map(\.id)
                == briefings.filter { !$0.draft }.sorted(by: Self.rule).map(\.id))
    }

    @Test func theComparisonOfTwoFollowsTheRule() {
        // Every pair, both ways: the incremental preview places a moved briefing with it.
        let briefings = Self.briefings(count: 60, seed: 7)
        for a in briefings {
            for b in briefings { #expect(Briefing.newestFirst(a, b) == Self.rule(a, b), "\(a.id) \(a.date) and \(b.id) \(b.date)") }
        }
    }

    @Test func theSameInstantWrittenFourWaysIsFourDates() {
        // The rule above leans on `ContentDate`'s own order, which the keys must match: of one
        // instant, a date alone is the earliest, then the times by their zone's offset. So,
        // newest first, +01:00, then UTC, then -01:00, then the date alone.
        let (dateAlone, utc, paris, azores) = (Self.dates[0], Self.dates[1], Self.dates[2], Self.dates[3])
        #expect(Set([dateAlone.instant, utc.instant, paris.instant, azores.instant]).count == 1)
        #expect(dateAlone < azores && azores < utc && utc < paris)
        #expect(Set([dateAlone, utc, paris, azores]).count == 4)
        let briefings = [dateAlone, utc, paris, azores].enumerated().map { number, date in
            Briefing(
                id: "b\(number)", path: "content/briefings/b\(number).md", title: "", summary: "", date: date, themes: [],
                body: Self.body)
        }
        #expect(Briefing.newestFirst(briefings).map(\.id) == ["b2", "b1", "b3", "b0"])
    }
}
