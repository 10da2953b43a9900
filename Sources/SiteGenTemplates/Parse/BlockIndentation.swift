/// The inheritance spec's re-indentation of blocks: a block whose opening tag stands alone has
/// an indentation of its own (that of its first line, or of its tag when it is empty), which is
/// removed from its lines where it is defined and added where it is expanded.
enum BlockIndentation {
    static func apply(_ tokens: inout [Token], bytes: [UInt8]) {
        for open in tokens.indices where tokens[open].kind == .block && tokens[open].standalone {
            let close = matchingClose(of: open, in: tokens)
            let indentation = intrinsic(of: open, close: close, in: tokens, bytes: bytes)
            tokens[open].indentation = indentation
            guard !indentation.isEmpty, open + 1 < close else { continue }
            for index in (open + 1)..<close {
                if tokens[index].kind == .lineStart, index + 1 < close, tokens[index + 1].kind == .text {
                    let text = tokens[index + 1]
                    tokens[index + 1].start += commonPrefix(indentation, bytes[text.start..<text.end])
                } else if tokens[index].kind != .text, tokens[index].standalone {
                    let removed = commonPrefix(indentation, tokens[index].indentation[...])
                    tokens[index].indentation.removeFirst(removed)
                }
            }
        }
    }

    private static func intrinsic(of open: Int, close: Int, in tokens: [Token], bytes: [UInt8]) -> [UInt8] {
        let next = open + 1
        guard next < close else { return tokens[open].indentation }
        if tokens[next].kind == .lineStart, next + 1 < close, tokens[next + 1].kind == .text {
            let text = bytes[tokens[next + 1].start..<tokens[next + 1].end]
            return Array(text.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        }
        return tokens[next].kind == .lineStart ? [] : tokens[next].indentation
    }

    private static func matchingClose(of open: Int, in tokens: [Token]) -> Int {
        var depth = 0
        for index in (open + 1)..<tokens.count {
            switch tokens[index].kind {
            case .section, .invertedSection, .parent, .block: depth += 1
            case .close:
                if depth == 0 { return index }
                depth -= 1
            default: continue
            }
        }
        return tokens.count
    }

    private static func commonPrefix(_ prefix: [UInt8], _ bytes: ArraySlice<UInt8>) -> Int {
        zip(prefix, bytes).prefix { $0 == $1 }.count
    }
}
