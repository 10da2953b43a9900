import SwiftCompilerPlugin
import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxBuilder
import SwiftSyntaxMacros

/// `@TemplateContext` on a struct: its stored properties become the keys of a template object.
/// It writes the conformance to `TemplateObjectConvertible` — the keys, a function appending one
/// value per key, and the fields of the schema — so the struct's declaration is the one list of
/// keys, and a context turns into values without `Codable`, casts or reflection.
public struct TemplateContextMacro: ExtensionMacro {
    public static func expansion(
        of node: AttributeSyntax, attachedTo declaration: some DeclGroupSyntax, providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax], in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        guard let structure = declaration.as(StructDeclSyntax.self) else {
            context.diagnose(Diagnostic(node: node, message: Message("@TemplateContext applies to a struct")))
            return []
        }
        var properties: [(name: String, type: String)] = []
        for member in structure.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                !variable.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
            else { continue }
            if variable.modifiers.contains(where: { $0.name.tokenKind == .keyword(.lazy) }) {
                context.diagnose(
                    Diagnostic(node: variable, message: Message("a template context has no lazy keys: compute the value first")))
                return []
            }
            // `var a, b: Int`: a binding without a type takes the next one's.
            let bindings = Array(variable.bindings)
            for (position, binding) in bindings.enumerated() where isStored(binding) {
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.identifier?.name else { continue }
                guard let type = bindings[position...].lazy.compactMap({ $0.typeAnnotation?.type.trimmedDescription }).first else {
                    context.diagnose(Diagnostic(node: binding, message: Message("a key of a template context needs its type written out")))
                    return []
                }
                properties.append((name, type))
            }
        }
        let generic = structure.genericParameterClause != nil
        let keys = properties.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let appends = properties.map { "values.append(self.`\($0.name)`.templateValue)" }.joined(separator: "\n")
        let fields = properties.map {
            "TemplateSchema.Field(name: \"\($0.name)\", of: (\($0.type)).self)"
        }.joined(separator: ",\n")
        let shape =
            generic
            ? "public static var templateShape: TemplateShape { TemplateShape.shared(for: Self.self, keys: templateKeys) }"
            : "public static let templateShape = TemplateShape(keys: templateKeys)"
        let source: DeclSyntax = """
            extension \(type.trimmed): TemplateObjectConvertible {
                public static var templateKeys: [String] { [\(raw: keys)] }
                \(raw: shape)
                public func appendTemplateValues(to values: inout TemplateObjectValues) {
                    \(raw: appends)
                }
                public static var templateFields: [TemplateSchema.Field] {
                    [\(raw: fields)]
                }
            }
            """
        guard let extensionDecl = source.as(ExtensionDeclSyntax.self) else { return [] }
        return [extensionDecl]
    }

    /// A stored property: no accessors, or only observers (`willSet`, `didSet`).
    static func isStored(_ binding: PatternBindingSyntax) -> Bool {
        guard let block = binding.accessorBlock else { return true }
        guard case .accessors(let accessors) = block.accessors else { return false }
        return accessors.allSatisfy { [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }
    }

    struct Message: DiagnosticMessage {
        let message: String
        init(_ message: String) { self.message = message }
        var diagnosticID: MessageID { MessageID(domain: "SiteGenTemplates", id: "TemplateContext") }
        var severity: DiagnosticSeverity { .error }
    }
}

@main
struct SiteGenTemplatesMacros: CompilerPlugin {
    let providingMacros: [Macro.Type] = [TemplateContextMacro.self]
}

#if SITEGEN_LIBFUZZER
    /// `make fuzz` builds every target with `-sanitize=fuzzer`, this macro's compiler plugin too,
    /// and libFuzzer's coverage runtime then needs a fuzz target to link: this one is never called.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTargetOfThePlugin(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { 0 }
#endif
