/// What an entity is. The order is the order of the groups in the index.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case person, state, organisation, place, mechanism, concept

    /// The group's heading in the index: "People", "States", …
    public var plural: String {
        switch self {
        case .person: "People"
        case .state: "States"
        case .organisation: "Organisations"
        case .place: "Places"
        case .mechanism: "Mechanisms"
        case .concept: "Concepts"
        }
    }

    public var label: String {
        switch self {
        case .person: "Person"
        case .state: "State"
        case .organisation: "Organisation"
        case .place: "Place"
        case .mechanism: "Mechanism"
        case .concept: "Concept"
        }
    }

    /// "People, states and organisations": a heading for a list of entities of these kinds.
    public static func heading(for kinds: [EntityKind]) -> String {
        let words = kinds.enumerated().map { $0.offset == 0 ? $0.element.plural : $0.element.plural.lowercased() }
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + words.last!
    }

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
