/// The stages of a build, in the order they run. Every diagnostic names the stage it came from.
public enum Stage: String, Sendable, Hashable, CaseIterable, Comparable {
    case load, parse, index, render, check, write

    public static func < (a: Stage, b: Stage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
