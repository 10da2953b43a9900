/// The spec's whitespace rules, applied to a template's tokens once, before its tree is built:
/// a line holding only whitespace and tags that print nothing (sections, comments, partials,
/// parents, blocks, set-delimiter tags) leaves no trace in the output, and every other line is
/// marked where it starts, for the indentation of partials.
enum StandaloneLines {
    static func apply(_ input: [Token], bytes: [UInt8]) -> [Token] {
        var output: [Token] = []
        output.reserveCapacity(input.count * 2)
        var line: [Token] = []
        for token in splitAtNewlines(input, bytes: bytes) {
            line.append(token)
            if token.kind == .text, bytes[token.end - 1] == UInt8(ascii: "\n") {
                emit(line, bytes: bytes, into: &output)
                line.removeAll(keepingCapacity: true)
            }
        }
        if !line.isEmpty { emit(line, bytes: bytes, into: &output) }
        return output
    }

    private static func emit(_ line: [Token], bytes: [UInt8], into output: inout [Token]) {
        let tags = line.filter { $0.kind != .text }
        let standalone =
            !tags.isEmpty && tags.allSatisfy(\.kind.canStandAlone)
            && line.allSatisfy { $0.kind != .text || isBlank(bytes[$0.start..<$0.end]) }
        guard standalone else {
            output.append(Token(kind: .lineStart, start: line[0].start, end: line[0].start))
            output += line
            return
        }
        let firstTag = line.firstIndex { $0.kind != .text }!
        let indentation = line[..<firstTag].flatMap { bytes[$0.start..<$0.end] }
        for var tag in tags {
            tag.indentation = indentation
            tag.standalone = true
            output.append(tag)
        }
        // A block opened and closed on its own line (`  {{$content}}{{/content}}`) still ends it.
        if tags.count == 2, tags[0].kind == .block, tags[1].kind == .close, let last = line.last, last.kind == .text {
            let newline =
                bytes[last.end - 1] == UInt8(ascii: "\n") ? (last.end >= 2 && bytes[last.end - 2] == UInt8(ascii: "\r") ? 2 : 1) : 0
            if newline > 0 { output.append(Token(kind: .text, start: last.end - newline, end: last.end)) }
        }
    }

    /// Text tokens cut after each newline, so that every line ends with a token.
    private static func splitAtNewlines(_ tokens: [Token], bytes: [UInt8]) -> [Token] {
        var output: [Token] = []
        for token in tokens {
            guard token.kind == .text else {
                output.append(token)
                continue
            }
            var start = token.start
            for offset in token.start..<token.end where bytes[offset] == UInt8(ascii: "\n") {
                output.append(Token(kind: .text, start: start, end: offset + 1))
                start = offset + 1
            }
            if start < token.end { output.append(Token(kind: .text, start: start, end: token.end)) }
        }
        return output
    }

    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
}
