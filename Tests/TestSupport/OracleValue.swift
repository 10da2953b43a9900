import Foundation
import SiteGenTemplates

/// A value of sitegen's template engine as swift-mustache, the test oracle, reads it: Swift
/// dictionaries and arrays; null is left out, as sitegen's dictionaries of old did.
public enum OracleValue {
    public static func plain(_ value: TemplateValue) -> Any? {
        switch value {
        case .null: nil
        case .bool(let flag): flag
        case .int(let number): number
        case .double(let number): number
        case .string(let text): text
        case .html(let html): html.html
        case .list(let items): items.map { plain($0) ?? NSNull() }
        case .lazyList(let list): (0..<list.count).map { plain(list[$0]) ?? NSNull() }
        case .object(let object):
            Dictionary(
                uniqueKeysWithValues: zip(object.shape.keys, object.values).compactMap { key, value in plain(value).map { (key, $0) } })
        }
    }
}
