/// A template ready to render: its tree, with every partial and parent it names by name
/// resolved to its index in the library.
struct CompiledTemplate: Sendable {
    let name: String
    let path: String
    let nodes: [TemplateNode]
}
