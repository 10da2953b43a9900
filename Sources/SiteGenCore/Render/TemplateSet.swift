import Mustache

/// The site's compiled Mustache templates, named by their path under `templates/` without the
/// extension: `briefing`, `partials/head`.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary

    /// Renders a page with the named template; nil if there is no such template.
    public func render(_ name: String, context: [String: Any]) -> String? {
        library.render(context, withTemplate: name)
    }

    static func name(ofPath path: String) -> String {
        var name = path
        if name.hasPrefix(SiteLayout.templates + "/") { name.removeFirst(SiteLayout.templates.count + 1) }
        if name.hasSuffix("." + SiteLayout.templateExtension) { name.removeLast(SiteLayout.templateExtension.count + 1) }
        return name
    }

    static func path(ofName name: String) -> String {
        "\(SiteLayout.templates)/\(name).\(SiteLayout.templateExtension)"
    }
}
