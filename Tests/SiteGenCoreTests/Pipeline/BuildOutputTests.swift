import Foundation
import Testing

@testable import SiteGenCore

@Suite struct BuildOutputTests {
    @Test func twoBuildsAreByteIdentical() throws {
        let first = try TestSite(fixture: "basic-site")
        let second = try TestSite(fixture: "basic-site")
        #expect(first.build().succeeded && second.build().succeeded)
        let a = try first.outputFiles(), b = try second.outputFiles()
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a == b)
    }

    @Test func staleFilesOfEarlierBuildsVanish() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build().succeeded)
        #expect(try site.outputFiles()["briefings/beta/index.html"] != nil)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/briefings/beta.md"))
        try site.write("public/leftover.txt", "from elsewhere")
        // The second build writes a new folder; the third writes over the first one's, kept as the spare.
        for _ in 1...2 {
            #expect(site.build().succeeded)
            let files = try site.outputFiles()
            #expect(files["briefings/beta/index.html"] == nil)
            #expect(files["leftover.txt"] == nil)
            #expect(files["briefings/alpha/index.html"] != nil)
            let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
            #expect(siblings.filter { $0.hasPrefix(".public.") } == [".public.spare"], "a staging folder was left behind")
        }
    }

    @Test func everyURLHonoursTheBasePath() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build().succeeded)
        let files = try site.outputFiles()
        var hrefs: [String] = []
        for (path, bytes) in files where path.hasSuffix(".html") {
            hrefs += HTMLScanner.scan(String(decoding: bytes, as: UTF8.self)).references.map(\.value)
        }
        let internalLinks = hrefs.filter { !$0.hasPrefix("#") && !$0.hasPrefix("https:") }
        #expect(!internalLinks.isEmpty)
        #expect(internalLinks.allSatisfy { $0.hasPrefix("/sub/") })
        #expect(brokenInternalLinks(in: files, basePath: "/sub/") == [])
    }

    @Test func baseURLCanBeOverridden() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build(baseURL: "http://localhost:8000/preview").succeeded)
        let home = try site.read("public/index.html")
        #expect(home.contains("href=\"/preview/briefings/\""))
        #expect(home.contains("<link rel=\"canonical\" href=\"http://localhost:8000/preview/\">"))
    }

    @Test func pagesHaveLandmarksTitleAndDescription() throws {
        let site = try TestSite(MinimalSite.files)
        #expect(site.build().succeeded)
        for path in [
            "index.html", "briefings/index.html", "briefings/alpha/index.html", "themes/index.html", "themes/guarantees/index.html",
        ] {
            let html = try site.read("public/" + path)
            for landmark in [
                "<html lang=\"en\">", "<a class=\"skip-link\" href=\"#main\">", "<header class=\"site-header\">",
                "<nav class=\"site-nav\" aria-label=\"Main\">", "<main id=\"main\"", "<footer", "<meta name=\"description\" content=\"",
            ] {
                #expect(html.contains(landmark), "\(path) lacks \(landmark)")
            }
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path) must have exactly one h1")
        }
    }
}
