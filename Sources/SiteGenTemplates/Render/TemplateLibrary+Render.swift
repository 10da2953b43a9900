extension TemplateLibrary {
    /// Renders the named template with this context into bytes; nil if there is no such template.
    public func render(_ name: String, context: TemplateValue, capacity: Int = 16_384) throws(TemplateRenderError) -> [UInt8]? {
        try rendered(name, context: context, capacity: capacity) { Array($0) }
    }

    /// Renders the named template with this context and hands `body` its bytes, read once from
    /// the renderer's buffer; nil if there is no such template.
    private func rendered<Result>(
        _ name: String, context: TemplateValue, capacity: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) throws(TemplateRenderError) -> Result? {
        guard let index = indexByName[name] else { return nil }
        var renderer = TemplateRenderer(library: self, capacity: capacity)
        try renderer.render(template: index, context: context)
        return body(renderer.output.bytes)
    }

    /// Renders the named template with this context, handing `emit` its bytes in order, in pieces
    /// of about `chunk` bytes as they are made (at the end of list items): with `LazyItems`, a
    /// page of any size is held a piece at a time. False if there is no such template.
    public func render(
        _ name: String, context: TemplateValue, chunk: Int = 1 << 20, emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws(TemplateRenderError) -> Bool {
        guard let index = indexByName[name] else { return false }
        try withoutActuallyEscaping(emit) { (emit) throws(TemplateRenderError) in
            var renderer = TemplateRenderer(library: self, capacity: chunk + chunk / 4)
            renderer.sink = emit
            renderer.chunk = chunk
            try renderer.render(template: index, context: context)
            renderer.flush()
        }
        return true
    }

    /// Renders the named template with this context as a string; nil if there is no such template.
    public func renderString(_ name: String, context: TemplateValue) throws(TemplateRenderError) -> String? {
        try rendered(name, context: context, capacity: 16_384) { String(decoding: $0, as: UTF8.self) }
    }
}
