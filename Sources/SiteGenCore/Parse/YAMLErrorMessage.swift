import Yams

/// Turns libyaml's terse errors into plain advice at the most useful place: an unclosed quote or
/// bracket is reported where it opens, not where the file ends.
enum YAMLErrorMessage {
    /// The place (a YAML mark) and message for a syntax error.
    static func explain(problem: String, context: YamlError.Context?, mark: Mark, yaml: String) -> (YAMLEvents.Place, String) {
        if problem == "did not find expected key" || problem == "mapping values are not allowed in this context",
            let opened = YAMLEvents.runawayQuote(yaml)
        {
            return (opened, "this quoted value runs on over the next lines; is its closing quote missing?")
        }
        let (place, message) = explainAtMark(problem: problem, context: context, mark: mark, yaml: yaml)
        return ((place.line, place.column), message)
    }

    private static func explainAtMark(problem: String, context: YamlError.Context?, mark: Mark, yaml: String) -> (Mark, String) {
        let during = context?.text ?? ""
        switch problem {
        case "found unexpected end of stream" where during.contains("quoted scalar"):
            return (context!.mark, "this quoted value is never closed")
        case let flow where flow.hasPrefix("did not find expected ',' or") && during.contains("flow"):
            let closer = flow.hasSuffix("']'") ? "]" : "}"
            return (context!.mark, "this list is not closed with '\(closer)', or lacks a ',' between items")
        case "mapping values are not allowed in this context":
            return (mark, "unexpected ':' here; quote a value that contains ': ' (title: \"A: B\"), or check this line's indentation")
        case "Maximum nesting level reached, set with yaml_set_max_nest_level())":
            return (mark, "lists or mappings nested too deeply (more than 1,000 levels)")
        case "did not find expected key":
            return (mark, "unexpected text here; check this line's indentation, and quote values that contain quotes or ': '")
        case "found a tab character that violates indentation":
            return (mark, "a tab; YAML indents with spaces only")
        case "found character that cannot start any token":
            let character = self.character(at: mark, in: yaml)
            if character == "\t" { return (mark, "a tab; YAML indents with spaces only") }
            return (mark, "a value cannot start with '\(character.map(String.init) ?? "")'; put it in quotes")
        default:
            return (mark, during.isEmpty ? problem : "\(problem) (\(during))")
        }
    }

    private static func character(at mark: Mark, in yaml: String) -> Character? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let line = lines[mark.line - 1].unicodeScalars
        guard mark.column >= 1, mark.column <= line.count else { return nil }
        return Character(line[line.index(line.startIndex, offsetBy: mark.column - 1)])
    }
}
