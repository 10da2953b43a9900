/// One problem found by a build: how bad it is, which stage found it, where, and what.
///
/// Printed in the form editors and CI annotate: `content/briefings/x.md:4:7: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// A note informs and never fails a build, even with `--strict`.
        case error, warning, note
    }

    public var severity: Severity
    public var stage: Stage
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ stage: Stage, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.stage = stage
        self.location = location
        self.message = message
    }

    public static func error(_ stage: Stage, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(.error, stage, at: location, message)
    }

    public static func warning(_ stage: Stage, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(.warning, stage, at: location, message)
    }

    public static func note(_ stage: Stage, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(.note, stage, at: location, message)
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// Orders by place (diagnostics without a place first), then stage and text, so that output
    /// is the same whatever order parallel work finished in.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (l?, r?) where l != r: return l < r
        default: return (a.stage, a.message) < (b.stage, b.message)
        }
    }
}
