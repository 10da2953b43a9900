/// The diagnostics collected over a build, in a stable order.
public struct Diagnostics: Sendable, Hashable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        all.append(contentsOf: other)
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Every diagnostic, sorted by place, without repeats.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }

    /// Whether the build must stop: on any error, and with `strict` on any warning too.
    public func fails(strict: Bool) -> Bool {
        strict ? all.contains { $0.severity != .note } : hasErrors
    }
}
