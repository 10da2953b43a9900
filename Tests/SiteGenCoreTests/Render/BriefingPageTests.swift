import Foundation
import Testing

@testable import SiteGenCore

@Suite struct BriefingPageTests {
    @Test func listsAFewBriefingsOfEachThemeAndLinksToTheRest() throws {
        var files = MinimalSite.files
        for day in 10...17 {
            files["content/briefings/day-\(day).md"] = MinimalSite.briefing(title: "Day \(day)", date: "2026-01-\(day)")
        }
        let site = try TestSite(files)
        #expect(site.build().succeeded)
        let page = try site.read("public/briefings/day-17/index.html")
        let related = try #require(page.components(separatedBy: "<section class=\"related\"").last)
        // Guarantees has 10 briefings: the newest five besides this one, then a link to the theme
        // (without the number, which would change this page each time the theme gains one).
        for day in 12...16 { #expect(related.contains(">Day \(day)</a>")) }
        #expect(!related.contains(">Day 11</a>") && !related.contains(">Day 17</a>"))
        #expect(related.contains("<a href=\"/sub/themes/guarantees/\">All briefings on Guarantees</a>"))
        let oldest = try site.read("public/briefings/alpha/index.html")
        #expect(oldest.contains("<h3><a href=\"/sub/themes/next-steps/\">") == false, "next-steps has no other briefing")
    }

    /// Beta (2026-01-03) is newer than alpha (2026-01-02): the newest has no "Newer", the oldest no
    /// "Older", and `rel` follows time (prev = older, next = newer), whatever order the list shows.
    @Test func olderAndNewerFollowTheDates() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build().succeeded)
        let beta = try site.read("public/briefings/beta/index.html")
        #expect(beta.contains("href=\"/sub/briefings/alpha/\" rel=\"prev\"><span class=\"page-nav__label\">Older</span> Alpha</a>"))
        #expect(!beta.contains("rel=\"next\""))
        #expect(!beta.contains(">Newer<"))
        let alpha = try site.read("public/briefings/alpha/index.html")
        #expect(alpha.contains("href=\"/sub/briefings/beta/\" rel=\"next\"><span class=\"page-nav__label\">Newer</span> Beta</a>"))
        #expect(!alpha.contains("rel=\"prev\""))
        #expect(!alpha.contains(">Older<"))
        #expect(!alpha.contains("Previous"))
        #expect(alpha.contains("<h2 id=\"backlinks\">Referenced by</h2>"))
    }
}
