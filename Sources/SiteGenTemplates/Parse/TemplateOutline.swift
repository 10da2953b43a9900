/// Where a template prints only under a condition, and what it includes: for tools that read a
/// template's own text (the link check reads its HTML) and need to tell what every rendering
/// prints from what some renderings print.
public struct TemplateOutline: Sendable, Equatable {
    /// A partial or parent the template names, on the line of its tag.
    public struct Include: Sendable, Equatable {
        public var name: String
        public var line: Int
        /// Inside a section or inverted section: printed only when that section is.
        public var conditional: Bool
        /// A dynamic name (`{{>*name}}`): which template it is depends on the context.
        public var dynamic: Bool
    }

    /// The lines from each section's (or inverted section's) opening tag to its closing tag.
    /// Blocks and parent tags do not count: what they hold is printed (here or in the parent).
    public var conditionalLines: [ClosedRange<Int>]
    public var includes: [Include]
    /// The template sets other delimiters: its tags are not all written `{{…}}`.
    public var setsDelimiters: Bool

    /// Whether text on this line may be left out of a rendering.
    public func isConditional(line: Int) -> Bool {
        conditionalLines.contains { $0.contains(line) }
    }

    /// The template's outline, or nil when it does not scan (the compiler reports why).
    public init?(_ source: TemplateSource) {
        let bytes = Array(source.text.utf8)
        var scanner = TemplateScanner(bytes)
        guard let tokens = try? scanner.tokens() else { return nil }
        let lines = LineTable(bytes)
        var open: [(line: Int, section: Bool)] = []
        conditionalLines = []
        includes = []
        setsDelimiters = false
        for token in tokens {
            let line = lines.position(of: token.start).line
            switch token.kind {
            case .section, .invertedSection: open.append((line, true))
            case .parent, .block: open.append((line, false))
            case .close:
                guard let opened = open.popLast() else { return nil }
                if opened.section { conditionalLines.append(opened.line...lines.position(of: max(token.start, token.end - 1)).line) }
            case .delimiters: setsDelimiters = true
            default: break
            }
            if token.kind == .partial || token.kind == .parent {
                includes.append(
                    Include(
                        name: token.name, line: line, conditional: open.dropLast(token.kind == .parent ? 1 : 0).contains { $0.section },
                        dynamic: token.dynamic))
            }
        }
    }
}
