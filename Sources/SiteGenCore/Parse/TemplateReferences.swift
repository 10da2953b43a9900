import Mustache

/// The partials and parent templates a compiled template names (`{{> name}}`, `{{< name}}`),
/// read from swift-mustache's own parse by reflection, since the library renders a missing
/// partial as nothing at all instead of failing.
///
/// `TemplateReferencesTests` keeps this honest across swift-mustache upgrades.
enum TemplateReferences {
    static func names(in template: MustacheTemplate) -> [String] {
        tokens(in: template, of: ["partial"])
    }

    /// The names of the variables and sections a template reads (`{{title}}`, `{{#items}}`).
    static func variables(in template: MustacheTemplate) -> [String] {
        tokens(in: template, of: ["variable", "unescapedVariable", "section", "invertedSection"])
    }

    /// The first value (the name) of each token of these kinds, in the template and its sections.
    private static func tokens(in template: MustacheTemplate, of kinds: Set<String>) -> [String] {
        var names: [String] = []
        var pending: [Any] = [template]
        while let value = pending.popLast() {
            if let nested = value as? MustacheTemplate {
                pending += Mirror(reflecting: nested).children.filter { $0.label == "tokens" }.map(\.value)
                continue
            }
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .enum, let token = mirror.children.first, let label = token.label, kinds.contains(label) {
                // .partial(name, indentation:, inherits:), .variable(name:, transforms:), …
                if let name = Mirror(reflecting: token.value).children.first?.value as? String { names.append(name) }
            }
            pending += mirror.children.map(\.value)
        }
        return names
    }

    /// Where a partial's name first appears in a tag of the template's text, for the message.
    static func location(of name: String, in source: SourceText) -> SourceLocation {
        location(of: name, in: source, after: [">", "<"])
    }

    /// Where a variable or section name first appears in a tag of the template's text.
    static func location(ofVariable name: String, in source: SourceText) -> SourceLocation {
        location(of: name, in: source, after: ["{", "#", "^", "&"])
    }

    private static func location(of name: String, in source: SourceText, after openers: Set<Character>) -> SourceLocation {
        var cursor = LineCursor(source.text)
        while let line = cursor.next() {
            var searchStart = line.text.startIndex
            while let range = line.text[searchStart...].range(of: name) {
                let before = line.text[..<range.lowerBound].reversed().drop { $0 == " " }
                if let opener = before.first, openers.contains(opener) {
                    return SourceLocation(
                        path: source.path, line: line.number,
                        column: line.text.utf8.distance(from: line.text.startIndex, to: range.lowerBound) + 1)
                }
                searchStart = range.upperBound
            }
        }
        return SourceLocation(path: source.path)
    }
}
