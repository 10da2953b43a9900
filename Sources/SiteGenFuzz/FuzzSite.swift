import Foundation
import SiteGenCore

/// The rest of the site the fuzzed file is built with, and the templates its pages go through.
///
/// The companions are the content files of the site folder the fuzzer runs in (`SITEGEN_FUZZ_SITE`,
/// else the current folder: this repository's `content/`), each with its front-matter but a body
/// cut to its headings, so that the links, `#fragments`, wiki-links, themes and entity names that
/// the seeds use resolve as in a real build while each run stays cheap.
struct FuzzSite: Sendable {
    var files: [ContentFile]
    /// Parsed once for each value of smart punctuation, the one option the parse stage reads.
    var parsed: [Bool: [ParsedContent]]

    static let shared = FuzzSite(root: URL(fileURLWithPath: ProcessInfo.processInfo.environment["SITEGEN_FUZZ_SITE"] ?? "."))

    init(root: URL) {
        let (sources, _) = SiteLoader(root: root).load()
        files = sources.content.map(Self.cut)
        if files.isEmpty {
            FileHandle.standardError.write(Data("sitegen-fuzz: no content files in \(root.path); fuzzing one file alone\n".utf8))
        }
        var parsed: [Bool: [ParsedContent]] = [:]
        for smart in [false, true] {
            parsed[smart] = files.map { ParsedContent.parse($0, markdown: MarkdownOptions(smartPunctuation: smart)) }
        }
        self.parsed = parsed
    }

    /// The entity of the site with exactly this front-matter, if any.
    func entity(withFrontMatter yaml: String) -> ContentFile? {
        files.first { $0.kind == .entity && $0.frontMatter == yaml }
    }

    /// The file with only the headings of its body, each followed by a line of text.
    static func cut(_ file: ContentFile) -> ContentFile {
        var file = file
        let headings = file.body.split(separator: "\n").filter { $0.hasPrefix("#") }
        file.body = headings.map { "\($0)\n\nText.\n\n" }.joined()
        return file
    }

    /// One template per page kind that shows what the page's context holds from Markdown bodies;
    /// the book shows every body of every theme.
    static let templateSources: [SourceText] = SiteSettings.requiredTemplates.map { name in
        let text =
            switch name {
            case "book": "{{#themes}}{{#briefings}}{{{body}}}{{/briefings}}{{/themes}}\n"
            default: "<h1>{{title}}</h1>\n{{{body}}}\n"
            }
        return SourceText(path: "templates/\(name).mustache", text: text)
    }

    static let templates: TemplateSet = {
        let (templates, problems) = TemplateSet.compile(templateSources, required: SiteSettings.requiredTemplates)
        guard let templates else { fatalError("sitegen-fuzz: its own templates do not compile: \(problems)") }
        return templates
    }()
}
