import SiteGenTemplates

extension PageKind {
    /// The schema of this kind's context: the keys its template can use, from the context's type.
    public var contextSchema: TemplateSchema {
        Self.schemas[self]!
    }

    /// The same, with the keys of the site's interface strings under `strings`.
    func contextSchema(strings keys: Set<String>) -> TemplateSchema {
        let schema = contextSchema
        let strings = InterfaceTexts.schema(keys: keys)
        let fields = schema.fields.map { field in
            field.name == "strings" ? TemplateSchema.Field(name: field.name, schema: strings, optional: false) : field
        }
        return TemplateSchema(typeName: schema.typeName, kind: .object(fields))
    }

    private static let schemas: [PageKind: TemplateSchema] = Dictionary(
        uniqueKeysWithValues: allCases.map { kind in
            (kind, kind.contextType.schema)
        })

    /// The Swift type of this kind's context.
    var contextType: any PageContent.Type {
        switch self {
        case .home: HomeContext.self
        case .briefingList: BriefingListContext.self
        case .themeList: ThemeListContext.self
        case .theme: ThemePageContext.self
        case .briefing: BriefingPageContext.self
        case .entity: EntityPageContext.self
        case .xrefIndex: IndexContext.self
        case .search: SearchContext.self
        case .book: BookContext.self
        case .notFound: NotFoundContext.self
        case .sourceList: SourceListContext.self
        case .source: SourcePageContext.self
        case .updates: UpdatesContext.self
        }
    }
}

/// The content of a kind of page: what its template sees beyond `CommonContext`.
protocol PageContent: TemplateObjectConvertible, Sendable {}

extension PageContent {
    static var schema: TemplateSchema { PageContext<Self>.templateSchema }
}

extension HomeContext: PageContent {}
extension BriefingListContext: PageContent {}
extension ThemeListContext: PageContent {}
extension ThemePageContext: PageContent {}
extension BriefingPageContext: PageContent {}
extension EntityPageContext: PageContent {}
extension IndexContext: PageContent {}
extension SearchContext: PageContent {}
extension BookContext: PageContent {}
extension NotFoundContext: PageContent {}
extension SourceListContext: PageContent {}
extension SourcePageContext: PageContent {}
extension UpdatesContext: PageContent {}
