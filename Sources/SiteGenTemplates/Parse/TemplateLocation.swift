/// A place in a template: its path, and the 1-based line and column (in bytes) of a tag.
public struct TemplateLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }
}

/// A problem in a template, at its tag.
public struct TemplateDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: Sendable, Hashable { case error, warning }

    public var severity: Severity
    public var location: TemplateLocation
    public var message: String

    public static func error(_ location: TemplateLocation, _ message: String) -> Self {
        Self(severity: .error, location: location, message: message)
    }

    public static func warning(_ location: TemplateLocation, _ message: String) -> Self {
        Self(severity: .warning, location: location, message: message)
    }

    public var description: String { "\(location): \(severity == .error ? "error" : "warning"): \(message)" }
}
