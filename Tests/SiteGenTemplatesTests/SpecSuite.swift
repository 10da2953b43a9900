import Foundation
import SiteGenTemplates
import Testing

/// The official Mustache spec's JSON files in `../shared/mustache-spec/`: each case a template,
/// its partials, its data and the exact expected output.
struct SpecCase: CustomTestStringConvertible, Sendable {
    let file: String
    let name: String
    let template: String
    let partials: [String: String]
    let data: TemplateValue
    let expected: String

    var testDescription: String { "\(file): \(name)" }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/mustache-spec").standardized

    static let files = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance", "~dynamic-names",
    ]

    /// Every case, or none when the folder is missing (the suite then fails in CI; see `SpecTests`).
    static let all: [SpecCase] = files.flatMap { file -> [SpecCase] in
        let url = folder.appendingPathComponent(file + ".json")
        guard let data = try? Data(contentsOf: url),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let tests = json["tests"] as? [[String: Any]]
        else { return [] }
        return tests.map { test in
            SpecCase(
                file: file, name: test["name"] as! String, template: test["template"] as! String,
                partials: test["partials"] as? [String: String] ?? [:], data: value(fromJSON: test["data"] as Any),
                expected: test["expected"] as! String)
        }
    }

    static func value(fromJSON json: Any) -> TemplateValue {
        guard let data = try? JSONSerialization.data(withJSONObject: ["v": json], options: [.fragmentsAllowed]),
            let decoded = try? JSONDecoder().decode([String: JSONValue].self, from: data)
        else { return .null }
        return decoded["v"]?.value ?? .null
    }

    /// JSON as the value model: booleans stay booleans, whole numbers become integers.
    struct JSONValue: Decodable {
        let value: TemplateValue

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = .null
            } else if let flag = try? container.decode(Bool.self) {
                value = .bool(flag)
            } else if let number = try? container.decode(Int.self) {
                value = .int(number)
            } else if let number = try? container.decode(Double.self) {
                value = .double(number)
            } else if let text = try? container.decode(String.self) {
                value = .string(text)
            } else if let list = try? container.decode([JSONValue].self) {
                value = .list(list.map(\.value))
            } else {
                value = .object(TemplateObject(try container.decode([String: JSONValue].self).mapValues(\.value)))
            }
        }
    }

    func render() throws -> String? {
        let sources =
            [TemplateSource(name: "test", path: "test.mustache", text: template)]
            + partials.map { TemplateSource(name: $0.key, path: "\($0.key).mustache", text: $0.value) }
        let (library, problems) = TemplateLibrary.compile(sources)
        // The spec renders a missing partial as nothing, which sitegen reports; only syntax errors fail here.
        if let error = problems.first(where: { $0.severity == .error && !$0.message.contains("not found") }) {
            throw SpecError(description: error.description)
        }
        return try library.renderString("test", context: data)
    }

    struct SpecError: Error, CustomStringConvertible {
        let description: String
    }
}
