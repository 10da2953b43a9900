/// Turns libyaml's terse errors into plain advice at the most useful place: an unclosed quote or
/// bracket is reported where it opens, not where the file ends.
enum YAMLErrorMessage {
    /// The place and message for a syntax error in `yaml`.
    static func explain(_ error: YAMLSyntaxError, yaml: String) -> (YAMLPlace, String) {
        let problem = error.problem
        if problem == "did not find expected key" || problem == "mapping values are not allowed in this context",
            let opened = runawayQuote(yaml)
        {
            return (opened, "this quoted value runs on over the next lines; is its closing quote missing?")
        }
        let during = error.context ?? ""
        let opening = error.contextPlace ?? error.place
        switch problem {
        case "found unexpected end of stream" where during.contains("quoted scalar"):
            return (opening, "this quoted value is never closed")
        case let flow where flow.hasPrefix("did not find expected ',' or") && during.contains("flow"):
            let closer = flow.hasSuffix("']'") ? "]" : "}"
            return (opening, "this list is not closed with '\(closer)', or lacks a ',' between items")
        case "mapping values are not allowed in this context":
            return (
                error.place, "unexpected ':' here; quote a value that contains ': ' (title: \"A: B\"), or check this line's indentation"
            )
        case "Maximum nesting level reached, set with yaml_set_max_nest_level())":
            return (error.place, "lists or mappings nested too deeply (more than 1,000 levels)")
        case "did not find expected key":
            return (error.place, "unexpected text here; check this line's indentation, and quote values that contain quotes or ': '")
        case "found a tab character that violates indentation":
            return (error.place, "a tab; YAML indents with spaces only")
        case "found character that cannot start any token":
            let character = self.character(at: error.place, in: yaml)
            if character == "\t" { return (error.place, "a tab; YAML indents with spaces only") }
            return (error.place, "a value cannot start with '\(character.map(String.init) ?? "")'; put it in quotes")
        default:
            return (error.place, during.isEmpty ? problem : "\(problem) (\(during))")
        }
    }

    /// When the text is invalid right after a quoted value that runs over several lines, where
    /// that value's quote opened: most likely it was never closed, and took the next lines in.
    private static func runawayQuote(_ yaml: String) -> YAMLPlace? {
        var last: (start: YAMLPlace, endLine: Int)?
        let error = YAMLEvents.read(yaml) { event in
            if case .scalar(let scalar, _, let endLine) = event {
                let quoted = scalar.style == .doubleQuoted || scalar.style == .singleQuoted
                last = quoted && endLine > scalar.place.line ? (scalar.place, endLine) : nil
            }
            return true
        }
        guard let error, let last, error.place.line <= last.endLine + 1 else { return nil }
        return last.start
    }

    private static func character(at place: YAMLPlace, in yaml: String) -> Character? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard place.line >= 1, place.line <= lines.count else { return nil }
        let line = lines[place.line - 1].unicodeScalars
        guard place.column >= 1, place.column <= line.count else { return nil }
        return Character(line[line.index(line.startIndex, offsetBy: place.column - 1)])
    }
}
