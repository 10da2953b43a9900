import Foundation
import Mustache
import SiteGenTemplates
import TestSupport

@testable import SiteGenCore

/// swift-mustache, kept as a test-only oracle: the same templates with the same contexts, turned
/// into the dictionaries it reads. It escapes what sitegen escapes (a content type of its own,
/// selected by a pragma at the top of each template).
struct MustacheOracle {
    let library: MustacheLibrary

    init(_ sources: [SourceText]) throws {
        OracleEscaping.registered
        var templates: [String: MustacheTemplate] = [:]
        for source in sources {
            templates[TemplateSet.name(ofPath: source.path)] = try MustacheTemplate(string: OracleEscaping.pragma + "\n" + source.text)
        }
        library = MustacheLibrary(templates: templates)
    }

    func render(_ template: String, _ context: TemplateValue) -> String? {
        library.render(OracleValue.plain(context) ?? [:], withTemplate: template)
    }

    /// The value as swift-mustache reads it; null is left out, as the dictionaries of old did.
}

/// sitegen's escaping, as a swift-mustache content type.
struct OracleEscaping: MustacheContentType {
    static let name = "SITEGEN_ORACLE_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"
    static let registered: Void = MustacheContentTypes.register(OracleEscaping(), named: name)

    func escapeText(_ text: String) -> String { HTMLEscaper.escape(text) }
}
