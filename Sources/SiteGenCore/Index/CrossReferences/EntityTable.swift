/// The site's entities with every way to find one: by id, by name or alias (exactly, then
/// ignoring case), and a matcher for all names at once.
struct EntityTable: Sendable {
    let entities: [Entity]
    private let byID: [String: Int]
    private let byName: [String: Int]
    private let byFoldedName: [String: Int]
    /// Every name and alias, with the entity it names, in the matcher's order.
    let names: [(text: String, entity: Int)]
    let matcher: NameMatcher
    /// Ids of entity files that failed to parse: references to them are not reported again.
    let unparsed: Set<String>

    /// Builds the table; a name or alias shared by two entities is an error naming both files.
    init(_ entities: [Entity], ignoring unparsed: Set<String> = [], diagnostics: inout [Diagnostic]) {
        self.entities = entities
        self.unparsed = unparsed
        byID = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byName: [String: Int] = [:]
        var names: [(String, Int)] = []
        for (index, entity) in entities.enumerated() {
            for name in entity.names {
                if let other = byName[name.value], other != index {
                    let owner = entities[other]
                    diagnostics.append(
                        .error(
                            .index, at: name.location,
                            "'\(name.value)' already names the entity '\(owner.id)' (\(owner.path)); a name or alias must name one entity only"
                        ))
                    continue
                }
                if byName[name.value] == nil {
                    byName[name.value] = index
                    names.append((name.value, index))
                }
            }
        }
        self.byName = byName
        self.names = names
        byFoldedName = Dictionary(byName.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { min($0, $1) })
        matcher = NameMatcher(names: names.map(\.0))
    }

    func entity(id: String) -> Entity? { byID[id].map { entities[$0] } }
    func index(ofID id: String) -> Int? { byID[id] }

    /// The entity a wiki-link names: by id, by name or alias, then by either ignoring case.
    func resolve(wikiTarget target: String) -> Int? {
        byID[target] ?? byName[target] ?? byID[target.lowercased()] ?? byFoldedName[target.lowercased()]
    }

    /// Ids and names to suggest from.
    var allTargets: [String] { Array(byID.keys) + names.map(\.text) }
}
