/// Turns a file's bytes into text: UTF-8 only, with an optional byte-order mark, and CRLF line
/// endings read as LF.
public enum TextDecoder {
    public static func decode(_ file: RawFile) -> Result<String, Diagnostic> {
        var bytes = file.bytes[...]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.error(.load, at: SourceLocation(path: file.path), "file is UTF-16; save it as UTF-8"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
        }
        let unix = bytes.contains(0x0D) ? withoutCarriageReturns(bytes) : Array(bytes)
        if let text = String(validating: unix, as: UTF8.self) {
            return .success(text)
        }
        let offset = invalidOffset(in: file.bytes) ?? 0
        let (line, column) = lineAndColumn(ofByte: offset, in: file.bytes)
        let byte = String(file.bytes[offset], radix: 16, uppercase: true)
        return .failure(
            .error(
                .load, at: SourceLocation(path: file.path, line: line, column: column),
                "file is not valid UTF-8: byte 0x\(byte) at offset \(offset); save it as UTF-8"))
    }

    /// Drops every CR that ends a line (CRLF → LF); a lone CR is kept.
    static func withoutCarriageReturns(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte != 0x0D || next == bytes.endIndex || bytes[next] != 0x0A {
                out.append(byte)
            }
            index = next
        }
        return out
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    static func invalidOffset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
