import Testing

@testable import SiteGenCore

/// Dates with and without a time: what is accepted, what each mistake is told, how they order
/// and how they are written out.
@Suite struct ContentDateTests {
    func parse(_ text: String) -> ContentDate? { ContentDate(iso: text) }

    /// Every part is written in its full width, zero-padded.
    @Test func anEarlyDateIsPadded() throws {
        #expect(try #require(ContentDate(year: 33, month: 1, day: 2)).iso == "0033-01-02")
        #expect(try #require(ContentDate(year: 9999, month: 12, day: 31)).iso == "9999-12-31")
        #expect(
            try #require(ContentDate(year: 2026, month: 3, day: 4, time: ClockTime(hour: 5, minute: 6, offset: -90))).iso
                == "2026-03-04T05:06:00-01:30")
    }

    @Test func aDateAloneIsMidnightUTC() throws {
        let date = try #require(parse("2026-11-27"))
        #expect(date.time == nil)
        #expect(date.iso == "2026-11-27")
        #expect(date.timestamp == "2026-11-27T00:00:00Z")
        #expect(date.long == "27 November 2026")
        #expect(date.instant == 1_795_737_600)
    }

    @Test(arguments: [
        ("2026-11-28T14:30+01:00", "2026-11-28T14:30:00+01:00", 1_795_872_600),
        ("2026-11-28T13:30Z", "2026-11-28T13:30:00Z", 1_795_872_600),
        ("2026-11-28t13:30:00z", "2026-11-28T13:30:00Z", 1_795_872_600),
        ("2026-11-28 08:30:15-05:00", "2026-11-28T08:30:15-05:00", 1_795_872_615),
        ("2026-11-29T00:30+05:30", "2026-11-29T00:30:00+05:30", 1_795_892_400),
    ])
    func aTimeWithItsZoneNamesAnInstant(_ text: String, _ iso: String, _ instant: Int) throws {
        let date = try #require(parse(text))
        #expect(date.iso == iso)
        #expect(date.timestamp == iso)
        #expect(date.instant == instant)
    }

    @Test func eachMistakeIsToldForWhatItIs() {
        #expect(ContentDate.parse("2026-02-30") == .failure(.noSuchDay(month: 2, year: 2026, days: 28)))
        #expect(ContentDate.parse("2028-02-30") == .failure(.noSuchDay(month: 2, year: 2028, days: 29)))
        #expect(ContentDate.parse("2026-04-31") == .failure(.noSuchDay(month: 4, year: 2026, days: 30)))
        #expect(ContentDate.parse("2026-11-28T14:30") == .failure(.noZone))
        #expect(ContentDate.parse("2026-11-28T24:00Z") == .failure(.noSuchTime))
        #expect(ContentDate.parse("2026-11-28T14:60Z") == .failure(.noSuchTime))
        #expect(ContentDate.parse("2026-11-28T14:30+24:00") == .failure(.noSuchTime))
        #expect(ContentDate.parse("2026-11-28T14:30+01:60") == .failure(.noSuchTime))
        #expect(ContentDate.parse("2026-11-28T14:30+01:00 ") == .failure(.format))
        #expect(ContentDate.parse("2026-11-28T14:30:5Z") == .failure(.format))
        #expect(ContentDate.parse("2026-11-28x14:30Z") == .failure(.format))
        #expect(ContentDate.parse("2026-00-01") == .failure(.format))
        #expect(
            ContentDate.ParseError.noSuchDay(month: 2, year: 2026, days: 28).message(field: "date", text: "2026-02-30")
                == "'date' is 2026-02-30, a day that does not exist: February 2026 has 28 days")
        #expect(
            ContentDate.ParseError.noZone.message(field: "updated", text: "2026-11-28T14:30")
                == "'updated' gives a time but no zone: write 2026-11-28T14:30Z for UTC, or its offset from UTC, such as 2026-11-28T14:30+01:00"
        )
    }

    @Test func datesOrderByInstantWhateverTheirZone() throws {
        let dates = try ["2026-11-28T14:30+01:00", "2026-11-28", "2026-11-28T13:00Z", "2026-11-28T14:00+02:00", "2026-11-27T23:59-05:00"]
            .map { try #require(parse($0)) }
        #expect(
            dates.sorted().map(\.iso) == [
                "2026-11-28", "2026-11-27T23:59:00-05:00", "2026-11-28T14:00:00+02:00", "2026-11-28T13:00:00Z",
                "2026-11-28T14:30:00+01:00",
            ])
        // The same instant written two ways: neither is before the other's instant, and the order is total.
        let paris = try #require(parse("2026-11-28T14:30+01:00")), utc = try #require(parse("2026-11-28T13:30Z"))
        #expect(paris.instant == utc.instant)
        #expect((paris < utc) != (utc < paris))
    }

    @Test func theSiteZoneShowsTheTimeReadersLiveIn() throws {
        let paris = try #require(SiteTimeZone(identifier: "Europe/Paris"))
        let kyiv = try #require(SiteTimeZone(identifier: "Europe/Kyiv"))
        let winter = try #require(parse("2026-11-28T13:30Z")), summer = try #require(parse("2026-07-01T22:30Z"))
        #expect(paris.local(winter).long == "28 November 2026, 14:30 UTC+01:00")
        #expect(kyiv.local(winter).long == "28 November 2026, 15:30 UTC+02:00")
        // Summer time, and a time that is the next day in the site's zone.
        #expect(paris.local(summer).long == "2 July 2026, 00:30 UTC+02:00")
        #expect(SiteTimeZone.utc.local(try #require(parse("2026-11-28T14:30+01:00"))).long == "28 November 2026, 13:30 UTC")
        // A date alone is a day, not an instant: no zone moves it.
        #expect(kyiv.local(try #require(parse("2026-11-28"))).long == "28 November 2026")
        #expect(SiteTimeZone(identifier: "Europe/Pariss") == nil)
    }

    @Test func aBriefingsDateAndTimeAreReadAndOrdered() throws {
        let site = try TestSite([
            "site.yml": "title: T\ntimezone: Europe/Paris\nbase_url: https://example.org/\n",
            "content/themes/t.md": "---\ntitle: T\nsummary: S\n---\n",
            "content/briefings/a.md": "---\ntitle: Morning\nsummary: S\ndate: 2026-11-28T09:00+01:00\nthemes: [t]\n---\nText.\n",
            "content/briefings/b.md":
                "---\ntitle: Afternoon\nsummary: S\ndate: 2026-11-28T13:30Z\nupdated: 2026-11-29T08:15Z\nthemes: [t]\n---\nText.\n",
        ])
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let page = try site.read("public/" + "briefings/b/index.html")
        #expect(page.contains("<time datetime=\"2026-11-28T13:30:00Z\">28 November 2026, 14:30 UTC+01:00</time>"))
        #expect(page.contains("<time datetime=\"2026-11-29T08:15:00Z\">29 November 2026, 09:15 UTC+01:00</time>"))
        // Newest first by the full time, not by file name.
        let list = try site.read("public/" + "briefings/index.html")
        let afternoon = try #require(list.range(of: "Afternoon")), morning = try #require(list.range(of: "Morning"))
        #expect(afternoon.lowerBound < morning.lowerBound)
        let feed = try site.read("public/" + "feed.xml")
        #expect(feed.contains("<published>2026-11-28T13:30:00Z</published>"))
        #expect(feed.contains("<updated>2026-11-29T08:15:00Z</updated>"))
        #expect(feed.contains("<published>2026-11-28T09:00:00+01:00</published>"))
        #expect(try site.read("public/" + "sitemap.xml").contains("<lastmod>2026-11-29T08:15:00Z</lastmod>"))
    }

    @Test func unknownZonesAndImpossibleDatesAreErrorsAtTheirValues() throws {
        let site = try TestSite([
            "site.yml": "title: T\ntimezone: Europe/Pariss\n",
            "content/themes/t.md": "---\ntitle: T\nsummary: S\n---\n",
            "content/briefings/a.md": "---\ntitle: A\nsummary: S\ndate: 2026-02-30\nupdated: 2026-03-01T10:00\nthemes: [t]\n---\n",
        ])
        let report = site.build()
        #expect(!report.succeeded)
        #expect(
            report.messages == [
                "content/briefings/a.md:4:7: error: 'date' is 2026-02-30, a day that does not exist: February 2026 has 28 days",
                "content/briefings/a.md:5:10: error: 'updated' gives a time but no zone: write 2026-03-01T10:00Z for UTC, or its offset from UTC, such as 2026-03-01T10:00+01:00",
                "site.yml:2:11: error: unknown time zone 'Europe/Pariss' (did you mean 'Europe/Paris'?): use an IANA name such as Europe/Paris, or UTC",
            ])
    }
}
