/// Why a render stopped: partials, parents or blocks nested deeper than the library allows,
/// which only a recursion through the data that never ends can do.
public struct TemplateRenderError: Error, Sendable, CustomStringConvertible {
    public let location: TemplateLocation
    public let message: String

    public var description: String { "\(location): error: \(message)" }
}
