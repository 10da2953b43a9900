/// A template's text, the name partials and parents call it by (`partials/head`) and the path
/// its errors name (`templates/partials/head.mustache`).
public struct TemplateSource: Sendable {
    public var name: String
    public var path: String
    public var text: String

    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}
