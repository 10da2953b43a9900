/// Splits a template's bytes into text and tags, following set-delimiter tags as it goes.
struct TemplateScanner {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func tokens() throws(Failure) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        while position < bytes.count {
            guard let tagStart = find(open, from: position) else {
                tokens.append(Token(kind: .text, start: position, end: bytes.count))
                break
            }
            if tagStart > position { tokens.append(Token(kind: .text, start: position, end: tagStart)) }
            let tag = try scanTag(at: tagStart)
            tokens.append(tag)
            position = tag.end
        }
        return tokens
    }

    private mutating func scanTag(at start: Int) throws(Failure) -> Token {
        var cursor = start + open.count
        let sigil = cursor < bytes.count ? bytes[cursor] : 0
        var kind: Token.Kind
        var closer = close
        switch sigil {
        case UInt8(ascii: "{"): kind = .variable(escaped: false); closer = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .invertedSection
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "="): kind = .delimiters; closer = [UInt8(ascii: "=")] + close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        default: kind = .variable(escaped: true)
        }
        if kind != .variable(escaped: true) { cursor += 1 }
        guard let contentEnd = find(closer, from: cursor) else {
            throw Failure(offset: start, message: "this tag is never closed: expected '\(String(decoding: closer, as: UTF8.self))'")
        }
        var token = Token(kind: kind, start: start, end: contentEnd + closer.count)
        guard kind != .comment else { return token }
        var name = String(decoding: bytes[cursor..<contentEnd], as: UTF8.self).trimmingWhitespace
        if kind == .delimiters {
            try setDelimiters(name, at: start)
            return token
        }
        if [.partial, .parent].contains(kind), name.hasPrefix("*") {
            token.dynamic = true
            name = String(name.dropFirst()).trimmingWhitespace
        }
        try Self.validate(name, kind: kind, at: start)
        token.name = name
        return token
    }

    private mutating func setDelimiters(_ text: String, at offset: Int) throws(Failure) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw Failure(offset: offset, message: "a set-delimiter tag needs two delimiters without '=', as in '{{=<% %>=}}'")
        }
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
    }

    private static func validate(_ name: String, kind: Token.Kind, at offset: Int) throws(Failure) {
        guard !name.isEmpty else { throw Failure(offset: offset, message: "this tag has no name") }
        guard !name.contains(where: \.isWhitespace) else {
            throw Failure(offset: offset, message: "'\(name)' is no name: a name has no spaces")
        }
        if kind == .partial || kind == .parent { return }
        guard name == "." || !name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
            throw Failure(offset: offset, message: "'\(name)' is no name: a dotted name has a part between each two dots")
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
