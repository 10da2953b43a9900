import Mustache

/// The escaping of `{{variable}}` in templates: swift-mustache's HTML escaping (`<`, `>`, `&`,
/// `"`, `'`), done on UTF-8 bytes; text with nothing to escape is returned as it is, uncopied.
/// Every template starts with a pragma that selects it (see `TemplateParser`).
struct HTMLEscaping: MustacheContentType {
    static let name = "SITEGEN_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ original: String) -> String {
        var text = original
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return original }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
