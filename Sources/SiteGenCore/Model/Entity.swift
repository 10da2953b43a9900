/// Someone or something the briefings discuss — a person, state, organisation, place, mechanism
/// or concept — from `content/entities/<id>.md`. Its page gathers every mention of it.
public struct Entity: Sendable, Identifiable {
    public var id: String
    public var path: String
    public var name: Located<String>
    public var kind: EntityKind
    /// Other names the text uses for it ("Kyiv" for Ukraine's government is not one: aliases are
    /// names of this entity only).
    public var aliases: [Located<String>]
    public var summary: String
    public var body: MarkdownBody

    public init(
        id: String, path: String, name: Located<String>, kind: EntityKind, aliases: [Located<String>], summary: String,
        body: MarkdownBody
    ) {
        self.id = id
        self.path = path
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.summary = summary
        self.body = body
    }

    /// The name, then the aliases: every text that names this entity.
    public var names: [Located<String>] { [name] + aliases }
}
