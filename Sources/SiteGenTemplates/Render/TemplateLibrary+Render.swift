extension TemplateLibrary {
    /// Renders the named template with this context into bytes; nil if there is no such template.
    public func render(_ name: String, context: TemplateValue, capacity: Int = 16_384) throws(TemplateRenderError) -> [UInt8]? {
        guard let index = indexByName[name] else { return nil }
        var renderer = TemplateRenderer(library: self, capacity: capacity)
        try renderer.render(template: index, context: context)
        return renderer.output
    }

    /// Renders the named template with this context as a string; nil if there is no such template.
    public func renderString(_ name: String, context: TemplateValue) throws(TemplateRenderError) -> String? {
        try render(name, context: context).map { String(decoding: $0, as: UTF8.self) }
    }
}
