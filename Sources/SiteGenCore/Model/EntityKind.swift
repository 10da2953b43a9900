/// What an entity is. The order is the order of the groups in the index.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case person, state, organisation, place, mechanism, concept

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
