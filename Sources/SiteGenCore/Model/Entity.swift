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
    /// Other forms of its names the text uses, found in it but not shown (`forms:`): the cases
    /// of a language that inflects names (Росії, Росією).
    public var forms: [Located<String>] = []
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

    /// The name, the aliases, then the forms: every text that names this entity.
    public var names: [Located<String>] { [name] + aliases + forms }
}
