import SiteGenTemplates

/// The links and ids that templates write in their own text, read once per build: each template
/// is read as HTML with libxml2 as it is, so a tag inside an attribute stays in its value
/// (`{{assets}}style.css`), and its outline tells what is printed only under a condition.
struct TemplateLinks: Sendable {
    struct Anchor: Sendable {
        var value: String
        /// Inside a section: some pages leave it out.
        var conditional: Bool
    }

    struct File: Sendable {
        /// Every `href` and `src` value as written, tags included.
        var links: [String] = []
        var anchors: [Anchor] = []
        var includes: [TemplateOutline.Include] = []
    }

    /// Every readable template, by name (`partials/footer`). A template whose tags cannot all be
    /// seen (other delimiters, a name given by the context) is left out, so that what includes it
    /// is not settled without reading its pages.
    let files: [String: File]

    init(_ sources: [SourceText]) {
        var files: [String: File] = [:]
        for source in sources {
            let name = TemplateSet.name(ofPath: source.path)
            let template = TemplateSource(name: name, path: source.path, text: source.text)
            guard let outline = TemplateOutline(template), !outline.setsDelimiters, !outline.includes.contains(where: \.dynamic) else {
                continue
            }
            let scan = HTMLScanner.scan(source.text)
            var file = File(includes: outline.includes)
            file.links = scan.references.map(\.value)
            file.anchors = scan.anchors.map { Anchor(value: $0.value, conditional: outline.isConditional(line: $0.line)) }
            files[name] = file
        }
        self.files = files
    }

    /// The templates a page of this template prints: itself and all it includes, each with
    /// whether every page prints it; nil when one of them is missing or unreadable.
    func reach(from name: String) -> [(name: String, always: Bool)]? {
        var reached: [String: Bool] = [:]
        var queue = [(name, true)]
        while let (current, always) = queue.popLast() {
            guard let file = files[current] else { return nil }
            if let seen = reached[current], seen || !always { continue }
            reached[current] = always
            for include in file.includes { queue.append((include.name, always && !include.conditional)) }
        }
        return reached.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
