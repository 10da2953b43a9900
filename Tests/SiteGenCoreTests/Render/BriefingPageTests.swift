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

    @Test func previousAndNextFollowTheListOrder() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build().succeeded)
        let beta = try site.read("public/briefings/beta/index.html")
        #expect(!beta.contains("rel=\"prev\""))
        #expect(beta.contains("href=\"/sub/briefings/alpha/\" rel=\"next\""))
        let alpha = try site.read("public/briefings/alpha/index.html")
        #expect(alpha.contains("href=\"/sub/briefings/beta/\" rel=\"prev\""))
        #expect(!alpha.contains("rel=\"next\""))
        #expect(alpha.contains("<h2 id=\"backlinks\">Referenced by</h2>"))
    }
}
