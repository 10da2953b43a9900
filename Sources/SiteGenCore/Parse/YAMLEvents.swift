import CYaml

/// One of libyaml's parse events as a Swift value.
enum YAMLEvent {
    case documentStart(at: YAMLPlace)
    case scalar(YAMLScalar, anchor: String?, endLine: Int)
    case alias(anchor: String, at: YAMLPlace)
    case sequenceStart(anchor: String?, at: YAMLPlace)
    case mappingStart(anchor: String?, at: YAMLPlace)
    /// The end of a list or a mapping.
    case collectionEnd(at: YAMLPlace)
}

/// A YAML text that libyaml could not read, in its words: what is wrong (`problem`) and where,
/// and what it was reading when it found out (`context`), where that began.
struct YAMLSyntaxError: Error, Equatable {
    var problem: String
    var place: YAMLPlace
    var context: String?
    var contextPlace: YAMLPlace?
}

/// Reads YAML with libyaml's event parser: the only file that imports libyaml. No C pointer or
/// C value leaves it.
enum YAMLEvents {
    /// Calls `visit` with each event of `yaml` until it returns false or the text ends; returns
    /// why and where libyaml found the text invalid, if it did before then.
    static func read(_ yaml: String, _ visit: (YAMLEvent) -> Bool) -> YAMLSyntaxError? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return YAMLSyntaxError(problem: "out of memory", place: YAMLPlace(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        var yaml = yaml
        return yaml.withUTF8 { bytes -> YAMLSyntaxError? in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return error(of: parser, in: bytes) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let swiftEvent = Self.event(event), !visit(swiftEvent) { return nil }
            }
        }
    }

    /// The Swift value of an event that says something about the values (not the stream's start
    /// or end, nor a document's end).
    private static func event(_ event: yaml_event_t) -> YAMLEvent? {
        let place = YAMLPlace(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(at: place)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            // A quoted value without a tag of its own is text; libyaml says so by `quoted_implicit`.
            let tag = data.quoted_implicit == 1 ? YAMLScalar.strTag : string(data.tag)
            let scalar = YAMLScalar(text: text, style: style(data.style), tag: tag, place: place)
            return .scalar(scalar, anchor: string(data.anchor), endLine: Int(event.end_mark.line) + 1)
        case YAML_ALIAS_EVENT:
            return .alias(anchor: string(event.data.alias.anchor) ?? "", at: place)
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: string(event.data.sequence_start.anchor), at: place)
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: string(event.data.mapping_start.anchor), at: place)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return .collectionEnd(at: place)
        default:
            return nil
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private static func string(_ pointer: UnsafePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func error(of parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable text"
        if parser.error == YAML_READER_ERROR {
            // libyaml gives a byte offset for a problem with the text itself (a control character).
            return YAMLSyntaxError(problem: problem, place: place(ofByte: parser.problem_offset, in: bytes))
        }
        let place = YAMLPlace(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        guard let context = parser.context else { return YAMLSyntaxError(problem: problem, place: place) }
        let contextPlace = YAMLPlace(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
        return YAMLSyntaxError(problem: problem, place: place, context: String(cString: context), contextPlace: contextPlace)
    }

    /// The line and column (in characters) of a byte of UTF-8 text, with lines broken where
    /// libyaml breaks them: at `\n`, `\r\n`, a lone `\r`, U+0085, U+2028 and U+2029.
    private static func place(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLPlace {
        var place = YAMLPlace(line: 1, column: 1)
        var at = 0
        while at < min(offset, bytes.count) {
            let byte = bytes[at]
            let next = at + 1 < bytes.count ? bytes[at + 1] : 0
            let third = at + 2 < bytes.count ? bytes[at + 2] : 0
            let breakLength =
                switch (byte, next, third) {
                case (0x0D, 0x0A, _): 2
                case (0x0A, _, _), (0x0D, _, _): 1
                case (0xC2, 0x85, _): 2
                case (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9): 3
                default: 0
                }
            if breakLength > 0 {
                place = YAMLPlace(line: place.line + 1, column: 1)
                at += breakLength
                continue
            }
            if byte & 0xC0 != 0x80 { place.column += 1 }
            at += 1
        }
        return place
    }
}
