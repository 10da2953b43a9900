/// `search-index.json`: what the search page's script searches, one entry per briefing: its URL,
/// title, summary, date (as data and as pages write it), themes, entities, and its text without Markdown.
enum SearchIndexFile {
    /// The file, handed to `emit` a megabyte at a time.
    static func write(_ index: SiteIndex, _ emit: ([UInt8]) -> Void) {
        withoutActuallyEscaping(emit) { emit in write(index, streamingTo: emit) }
    }

    private static func write(_ index: SiteIndex, streamingTo emit: @escaping ([UInt8]) -> Void) {
        var json = JSONWriter(streamingTo: emit)
        // As the search page links them: with relative_urls, from search/ itself.
        let links = index.config.relativeURLs ? SiteLinks.relative(depth: 1, in: index.config) : SiteLinks.host(index.config)
        json.beginArray()
        for briefing in index.briefings {
            json.beginObject()
            json.key("date")
            json.string(briefing.date.iso)
            // The date as every page writes it, so a result reads like the card it leads to.
            json.key("dateText")
            json.string(briefing.date.long(in: index.config.strings))
            json.key("entities")
            json.strings((index.references.briefingEntities[briefing.id] ?? []).compactMap { index.references.entity($0)?.name.value })
            json.key("summary")
            json.string(briefing.summary)
            json.key("text")
            json.string(briefing.body.document.plainText(of: briefing.body.document.root, separatingBlocks: true))
            json.key("themes")
            json.strings(briefing.themes.compactMap { index.theme($0.value)?.title })
            json.key("title")
            json.string(briefing.title)
            json.key("url")
            json.string(links.url(SitePaths.briefing(briefing.id)))
            json.endObject()
        }
        json.endArray()
        json.finish()
    }
}
