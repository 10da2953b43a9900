/// `xref.json`: the whole cross-reference index as data, for other tools. Its schema is
/// `docs/xref.schema.json`, which `XRefSchemaTests` checks the output against. Keys are written
/// in sorted order, so the same site always gives the same bytes.
struct XRefDocument {
    let index: SiteIndex

    init(_ index: SiteIndex) {
        self.index = index
    }

    /// The document, handed to `emit` a megabyte at a time.
    func write(_ emit: ([UInt8]) -> Void) {
        withoutActuallyEscaping(emit) { emit in write(streamingTo: emit) }
    }

    private func write(streamingTo emit: @escaping ([UInt8]) -> Void) {
        var json = JSONWriter(streamingTo: emit)
        let references = index.references
        // With relative_urls, URLs are from the site's root without a leading '/': the site may
        // be served from anywhere.
        let base = index.config.relativeURLs ? "" : index.config.basePath
        json.beginObject()
        json.key("briefings")
        json.beginArray()
        // By position, as a `for briefing in` would copy each briefing (a retain and a release).
        let briefings = index.briefings
        var linksTo: [String: [String]] = [:]
        for position in briefings.indices {
            let id = briefings[position].id
            for source in index.backlinks[id] ?? [] { linksTo[source, default: []].append(id) }
        }
        for position in briefings.indices {
            json.beginObject()
            json.key("date")
            json.string(briefings[position].date.iso)
            json.key("entities")
            json.strings(references.briefingEntities[briefings[position].id] ?? [])
            json.key("id")
            json.string(briefings[position].id)
            json.key("linkedFrom")
            json.strings(index.backlinks[briefings[position].id] ?? [])
            json.key("linksTo")
            json.strings((linksTo[briefings[position].id] ?? []).sorted())
            json.key("related")
            json.strings(references.related[briefings[position].id] ?? [])
            json.key("sources")
            json.strings(CitationNumbers(briefings[position].body.citations).sources)
            json.key("themes")
            json.strings(briefings[position].themes.map(\.value))
            json.key("title")
            json.string(briefings[position].title)
            json.key("url")
            json.string(base + SitePaths.briefing(briefings[position].id))
            json.endObject()
        }
        json.endArray()
        json.key("entities")
        json.beginArray()
        for entity in references.entities {
            let mentions = references.mentions[entity.id] ?? []
            json.beginObject()
            json.key("aliases")
            json.strings(entity.aliases.map(\.value))
            json.key("alongside")
            json.strings((references.coMentioned[entity.id] ?? []).map(\.entity))
            json.key("id")
            json.string(entity.id)
            json.key("kind")
            json.string(entity.kind.rawValue)
            json.key("mentionCount")
            json.int(mentions.count)
            json.key("mentions")
            json.beginArray()
            // Read in place: a mention copied out retains its strings and its shared place.
            mentions.withUnsafeBufferPointer { mentions in
                for position in mentions.indices { write(mentions.baseAddress! + position, to: &json, base: base) }
            }
            json.endArray()
            json.key("name")
            json.string(entity.name.value)
            json.key("summary")
            json.string(entity.summary)
            json.key("themes")
            json.beginObject()
            for (theme, count) in (references.themeCounts[entity.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                json.key(theme)
                json.int(count)
            }
            json.endObject()
            json.key("url")
            json.string(base + SitePaths.entity(entity.id))
            json.endObject()
        }
        json.endArray()
        json.key("site")
        json.beginObject()
        json.key("baseURL")
        json.string(index.config.baseURL)
        json.key("title")
        json.string(index.config.title)
        json.endObject()
        json.key("sources")
        json.beginArray()
        for source in index.citations.sources { write(source, to: &json, base: base) }
        json.endArray()
        json.key("version")
        json.int(1)
        json.endObject()
        json.finish()
    }

    private func write(_ source: Source, to json: inout JSONWriter, base: String) {
        func optional(_ key: String, _ value: String?) {
            guard let value else { return }
            json.key(key)
            json.string(value)
        }
        let places = index.citations.places[source.id] ?? []
        json.beginObject()
        optional("accessed", source.accessed?.iso)
        optional("archive", source.archive)
        optional("author", source.author)
        json.key("citationCount")
        json.int(places.count)
        json.key("citations")
        json.beginArray()
        for place in places {
            json.beginObject()
            json.key("briefing")
            json.string(place.briefing)
            optional("locator", place.locator)
            json.key("number")
            json.int(place.mark.number)
            optional("section", place.section?.text)
            json.key("text")
            json.string(place.text)
            json.key("url")
            json.string(base + SitePaths.briefing(place.briefing) + "#" + CitationNumbers.citationAnchor(place.mark))
            json.endObject()
        }
        json.endArray()
        optional("date", source.date?.iso)
        json.key("id")
        json.string(source.id)
        json.key("kind")
        json.string(source.kind.rawValue)
        optional("language", source.language)
        optional("link", source.url)
        optional("publisher", source.publisher)
        json.key("title")
        json.string(source.title)
        json.key("url")
        json.string(base + SitePaths.source(source.id))
        json.endObject()
    }

    /// Reads the mention where it is: a copy would retain its strings.
    private func write(_ mention: UnsafePointer<Mention>, to json: inout JSONWriter, base: String) {
        json.beginObject()
        if let anchor = mention.pointee.anchor {
            json.key("anchor")
            json.string(anchor)
        }
        json.key("briefing")
        json.string(mention.pointee.briefing)
        json.key("kind")
        json.string(mention.pointee.kind.rawValue)
        if let section = mention.pointee.section {
            json.key("section")
            json.string(section)
        }
        if mention.pointee.snippet != nil {
            json.key("snippet")
            json.beginObject()
            json.key("after")
            json.string(mention.pointee.snippet!.after)
            json.key("before")
            json.string(mention.pointee.snippet!.before)
            json.key("term")
            json.string(mention.pointee.snippet!.term)
            json.endObject()
        }
        json.key("url")
        json.string(base + SitePaths.briefing(mention.pointee.briefing) + (mention.pointee.anchor.map { "#" + $0 } ?? ""))
        json.endObject()
    }
}
