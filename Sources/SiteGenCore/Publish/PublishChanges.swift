/// What a publish adds, changes and removes at its target, by path.
public struct PublishChanges: Sendable, Equatable {
    public var added: [String] = []
    public var changed: [String] = []
    public var removed: [String] = []

    public init(added: [String] = [], changed: [String] = [], removed: [String] = []) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    /// "3 added, 1 changed, 0 removed".
    public var summary: String { "\(added.count) added, \(changed.count) changed, \(removed.count) removed" }

    /// One line per file: `+ path`, `~ path`, `- path`.
    public var lines: [String] {
        added.map { "+ \($0)" } + changed.map { "~ \($0)" } + removed.map { "- \($0)" }
    }
}

/// Why a publish did not happen.
public struct PublishError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
