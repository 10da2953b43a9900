import Foundation
import SiteGenCore

extension Corpus {
    /// Writes the corpus as a site folder, with the repository's templates.
    func write(to root: URL, templates: URL) throws {
        let sources = sources()
        let manager = FileManager.default
        try? manager.removeItem(at: root)
        for kind in ContentKind.allCases {
            try manager.createDirectory(at: root.appendingPathComponent("content/\(kind.folder)"), withIntermediateDirectories: true)
        }
        try manager.copyItem(at: templates, to: root.appendingPathComponent("templates"))
        try Data(sources.config!.text.utf8).write(to: root.appendingPathComponent("site.yml"))
        for file in sources.content {
            let text = "---\n\(file.frontMatter)---\n\(file.body)"
            try Data(text.utf8).write(to: root.appendingPathComponent(file.path))
        }
    }
}
