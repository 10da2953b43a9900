import Foundation

@testable import SiteGenCore

/// Every internal link of a built site that leads nowhere: a page or file that was not written,
/// or a `#fragment` with no matching id. Links are read with libxml2's HTML parser.
func brokenInternalLinks(in files: [String: [UInt8]], basePath: String) -> [String] {
    var ids: [String: Set<String>] = [:]
    var references: [(page: String, value: String)] = []
    for (path, bytes) in files where path.hasSuffix(".html") {
        let scan = HTMLScanner.scan(String(decoding: bytes, as: UTF8.self))
        ids[path] = Set(scan.ids)
        references += scan.references.map { (path, $0.value) }
    }
    var broken: [String] = []
    for (page, value) in references {
        if value.hasPrefix("http:") || value.hasPrefix("https:") || value.hasPrefix("mailto:") || value.isEmpty { continue }
        var (pathPart, fragment) = LinkDestination.split(value)
        if !pathPart.isEmpty, !pathPart.hasPrefix("/") {
            // Relative to the page's own URL.
            let pageURL = URL(string: "http://site" + basePath + page.replacingOccurrences(of: "index.html", with: ""))!
            pathPart = URL(string: pathPart, relativeTo: pageURL)?.absoluteURL.path ?? pathPart
            if value.split(separator: "#").first?.hasSuffix("/") == true, !pathPart.hasSuffix("/") { pathPart += "/" }
        }
        var target: String
        if pathPart.isEmpty {
            target = page
        } else if pathPart.hasPrefix(basePath) {
            target = String(pathPart.dropFirst(basePath.count))
            if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
        } else {
            broken.append("\(page): \(value) (outside the base path)")
            continue
        }
        guard files[target] != nil else {
            broken.append("\(page): \(value) (no file \(target))")
            continue
        }
        if let fragment, !fragment.isEmpty, !(ids[target] ?? []).contains(fragment) {
            broken.append("\(page): \(value) (no id '\(fragment)' in \(target))")
        }
    }
    return broken.sorted()
}
