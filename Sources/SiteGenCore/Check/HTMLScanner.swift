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

    public struct Result: Sendable {
        public var references: [Reference]
        public var ids: [String]
    }

    public static func scan(_ html: String) -> Result {
        var result = Result(references: [], ids: [])
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        var text = html
        let document = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options) }
        }
        guard let document else { return result }
        defer { xmlFreeDoc(document) }
        var node = xmlDocGetRootElement(document)
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                let element = String(cString: current.pointee.name)
                var attribute = current.pointee.properties
                while let attr = attribute {
                    let name = String(cString: attr.pointee.name)
                    let value = attr.pointee.children.flatMap { $0.pointee.content }.map { String(cString: $0) } ?? ""
                    if name == "href" || name == "src" {
                        result.references.append(
                            Reference(element: element, attribute: name, value: value, line: Int(current.pointee.line)))
                    } else if name == "id" {
                        result.ids.append(value)
                    }
                    attribute = attr.pointee.next
                }
            }
            node = next(after: current)
        }
        return result
    }

    /// The next node of a depth-first walk, without recursion.
    private static func next(after node: xmlNodePtr) -> xmlNodePtr? {
        if let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE { return child }
        var current: xmlNodePtr? = node
        while let candidate = current {
            if let sibling = candidate.pointee.next { return sibling }
            current = candidate.pointee.parent
            if current?.pointee.type != XML_ELEMENT_NODE { return nil }
        }
        return nil
    }
}
