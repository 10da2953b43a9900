import CLibXML2

/// Reads rendered HTML with libxml2's HTML parser (the only file that imports it) and lists what
/// link checking needs: every `href` and `src`, and every `id`.
public enum HTMLScanner {
    public struct Reference: Sendable, Hashable {
        public var element: String
        public var attribute: String
        public var value: String
        public var line: Int
    }

    /// An `id` attribute, on the line of its element.
    public struct Anchor: Sendable, Hashable {
        public var value: String
        public var line: Int
    }

    public struct Result: Sendable {
        public var references: [Reference]
        public var anchors: [Anchor]
        public var ids: [String] { anchors.map(\.value) }
    }

    public static func scan(_ html: String) -> Result {
        scan(Array(html.utf8))
    }

    /// Reads `html` with libxml2's SAX interface: no tree is built, so a page of any size is read
    /// in a few kilobytes.
    public static func scan(_ html: [UInt8]) -> Result {
        let reader = Reader()
        html.withUnsafeBufferPointer(reader.read)
        return reader.finish()
    }

    /// Reads HTML handed over in pieces, as a streamed page (the book) is made, with libxml2's
    /// push parser: what it finds is what `scan` finds in the whole, lines included.
    public final class Reader {
        private let collector = Collector()
        private var context: htmlParserCtxtPtr?

        public init() {
            _ = libraryReady
            var handler = htmlSAXHandler()
            handler.startElement = startElement
            context = htmlCreatePushParserCtxt(&handler, nil, nil, 0, nil, XML_CHAR_ENCODING_UTF8)
            guard let context else { return }
            context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
            _ = htmlCtxtUseOptions(
                context,
                Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
            )
        }

        deinit {
            if let context { htmlFreeParserCtxt(context) }
        }

        /// Reads the next piece of the page.
        public func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let context, let start = bytes.baseAddress, !bytes.isEmpty else { return }
            start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { _ = htmlParseChunk(context, $0, Int32(bytes.count), 0) }
        }

        /// Ends the page: what it holds.
        public func finish() -> Result {
            if let context {
                _ = htmlParseChunk(context, nil, 0, 1)
                htmlFreeParserCtxt(context)
                self.context = nil
            }
            return collector.result
        }
    }

    /// libxml2 sets up its global state (its locks, the random seed of its dictionaries) on
    /// first use, and not safely when two threads get there at once: pages are scanned in
    /// parallel, and two first scans could deadlock a build for ever (one in a few dozen builds
    /// of a small site with both cores busy). `xmlInitParser` does it once, before any scan.
    private static let libraryReady: Void = xmlInitParser()

    private final class Collector {
        var result = Result(references: [], anchors: [])
    }

    /// Called by libxml2 for each start tag, with its attributes as name, value, name, value, nil.
    private static let startElement: startElementSAXFunc = { context, name, attributes in
        guard let context, let name, let attributes else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        let collector = Unmanaged<Collector>.fromOpaque(parser.pointee._private).takeUnretainedValue()
        var index = 0
        while let attribute = attributes[index] {
            let value = attributes[index + 1].map { String(cString: $0) } ?? ""
            if xmlStrEqual(attribute, "href") != 0 || xmlStrEqual(attribute, "src") != 0 {
                collector.result.references.append(
                    Reference(
                        element: String(cString: name), attribute: String(cString: attribute), value: value,
                        line: Int(parser.pointee.input.pointee.line)))
            } else if xmlStrEqual(attribute, "id") != 0 {
                collector.result.anchors.append(Anchor(value: value, line: Int(parser.pointee.input.pointee.line)))
            }
            index += 2
        }
    }
}
