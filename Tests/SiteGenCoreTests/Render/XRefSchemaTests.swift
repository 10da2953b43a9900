import Foundation
import Testing

@testable import SiteGenCore

/// `xref.json` against its published schema, `docs/xref.schema.json`.
@Suite struct XRefSchemaTests {
    @Test func theFixtureSiteDataMatchesTheSchema() throws {
        let site = try TestSite(fixture: "basic-site")
        #expect(site.build().succeeded)
        let data = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("xref.json")))
        let schema = try JSONSerialization.jsonObject(
            with: Data(contentsOf: repositoryRoot.appendingPathComponent("docs/xref.schema.json")))
        #expect(SchemaCheck.problems(data, against: schema as! [String: Any]) == [])
        let document = data as! [String: Any]
        let briefings = Set((document["briefings"] as! [[String: Any]]).map { $0["id"] as! String })
        for entity in document["entities"] as! [[String: Any]] {
            let mentions = entity["mentions"] as! [[String: Any]]
            #expect(entity["mentionCount"] as? Int == mentions.count)
            #expect(
                mentions.allSatisfy {
                    briefings.contains($0["briefing"] as! String) && ($0["url"] as! String).hasPrefix("/ukraine/briefings/")
                })
        }
    }

    @Test func theCheckerCatchesWhatTheSchemaForbids() throws {
        let schema =
            try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("docs/xref.schema.json")))
            as! [String: Any]
        let bad: [String: Any] = ["version": 2, "site": ["title": "T"], "entities": [["id": 1]], "briefings": [], "extra": true]
        let problems = SchemaCheck.problems(bad, against: schema)
        #expect(problems.contains("$: unexpected key 'extra'"))
        #expect(problems.contains("$.version: 2 is not one of the allowed values"))
        #expect(problems.contains("$.site: missing 'baseURL'"))
        #expect(problems.contains("$.entities[0].id: expected string"))
    }
}

/// Enough of JSON Schema for sitegen's own schema: type, properties, required,
/// additionalProperties, items and enum.
enum SchemaCheck {
    static func problems(_ value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        var problems: [String] = []
        if let type = schema["type"] as? String, !matches(value, type) {
            return ["\(path): expected \(type)"]
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { "\($0)" == "\(value)" }) {
            problems.append("\(path): \(value) is not one of the allowed values")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing '\(key)'")
            }
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                if let rule = properties[key] as? [String: Any] {
                    problems += Self.problems(child, against: rule, at: "\(path).\(key)")
                } else if let rule = schema["additionalProperties"] as? [String: Any] {
                    problems += Self.problems(child, against: rule, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected key '\(key)'")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { problems += Self.problems(item, against: items, at: "\(path)[\(index)]") }
        }
        return problems
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "integer": (value as? NSNumber).map { !["c", "B", "d", "f"].contains(String(cString: $0.objCType)) } ?? false
        default: true
        }
    }
}
