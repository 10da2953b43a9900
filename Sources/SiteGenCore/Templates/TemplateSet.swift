import SiteGenTemplates

/// The site's compiled templates, named by their path under `templates/` without the
/// extension: `briefing`, `partials/head`.
public struct TemplateSet: Sendable {
    let library: TemplateLibrary

    /// Renders a page with the named template: nil if there is no such template, an error at a
    /// template's tag if its partials recurse without end.
    func render(_ name: String, context: TemplateValue, capacity: Int) -> Result<[UInt8], Diagnostic>? {
        do {
            return try library.render(name, context: context, capacity: capacity).map { .success($0) }
        } catch {
            return .failure(.error(.render, at: SourceLocation(error.location), error.message))
        }
    }

    /// Renders as a stream (see `TemplateLibrary.render(_:context:chunk:emit:)`); nil if there is no such template.
    func render(_ name: String, context: TemplateValue, emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Result<Void, Diagnostic>? {
        do {
            return try library.render(name, context: context, emit: emit) ? .success(()) : nil
        } catch {
            return .failure(.error(.render, at: SourceLocation(error.location), error.message))
        }
    }

    static func name(ofPath path: String) -> String {
        var name = BuiltinTheme.sitePath(of: path)
        if name.hasPrefix(SiteLayout.templates + "/") { name.removeFirst(SiteLayout.templates.count + 1) }
        if name.hasSuffix("." + SiteLayout.templateExtension) { name.removeLast(SiteLayout.templateExtension.count + 1) }
        return name
    }

    static func path(ofName name: String) -> String {
        "\(SiteLayout.templates)/\(name).\(SiteLayout.templateExtension)"
    }
}

extension SourceLocation {
    init(_ location: TemplateLocation) {
        self.init(path: location.path, line: location.line, column: location.column)
    }
}
