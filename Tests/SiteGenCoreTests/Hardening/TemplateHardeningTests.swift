import Testing

@testable import SiteGenCore

/// Template mistakes: a missing partial and a partial that includes itself are errors at the
/// tag (never a stack overflow); a variable no page has is a warning, an error with --strict.
@Suite(.timeLimit(.minutes(1))) struct TemplateHardeningTests {
    @Test func aMissingPartialIsAnErrorAtItsTag() throws {
        let (report, _) = try buildAfterWriting(
            "templates/partials/footer.mustache", bytes: Array("<footer>{{> partials/gone}}</footer>\n".utf8))
        #expect(!report.succeeded)
        #expect(
            report.messages == [
                "templates/partials/footer.mustache:1:9: error: template 'partials/gone' not found: there is no templates/partials/gone.mustache"
            ])
    }

    @Test func aPartialThatIncludesItselfIsAnError() throws {
        let (report, _) = try buildAfterWriting(
            "templates/partials/footer.mustache", bytes: Array("<footer>\n{{#site}}{{> partials/footer}}{{/site}}</footer>\n".utf8))
        #expect(!report.succeeded)
        #expect(
            report.messages == [
                "templates/partials/footer.mustache:2:10: error: template 'partials/footer' includes itself inside sections that are always shown; a template may not include itself, directly or not, unless a section that can be empty stands between, since it would render without end"
            ])
    }

    @Test func partialsThatIncludeEachOtherAreAnError() throws {
        let site = try TestSite(MinimalSite.files)
        try site.write("templates/partials/footer.mustache", "<footer>{{> partials/ping}}</footer>\n")
        try site.write("templates/partials/ping.mustache", "{{> partials/pong}}\n")
        try site.write("templates/partials/pong.mustache", "{{> partials/ping}}\n")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(
            report.messages == [
                "templates/partials/pong.mustache:1:1: error: template 'partials/ping' includes itself through partials/ping → partials/pong → partials/ping; a template may not include itself, directly or not, unless a section that can be empty stands between, since it would render without end"
            ])
    }

    @Test func anUndefinedVariableIsAWarningAndAnErrorWithStrict() throws {
        let footer = "<footer>{{site.titel}} {{#nav.themes}}{{titel}}{{/nav.themes}}</footer>\n"
        let (report, site) = try buildAfterWriting("templates/partials/footer.mustache", bytes: Array(footer.utf8))
        let warnings = [
            "templates/partials/footer.mustache:1:9: warning: 'site.titel' is no value of this page here, so it renders as nothing (did you mean 'site.title'?); README lists the values of each page",
            "templates/partials/footer.mustache:1:39: warning: 'titel' is no value of this page here, so it renders as nothing (did you mean 'title'?); README lists the values of each page",
        ]
        #expect(report.succeeded)
        #expect(report.messages == warnings)
        let strict = site.build(strict: true)
        #expect(!strict.succeeded)
        #expect(strict.messages == warnings)
    }

    @Test func aPartialRecursingUnderASectionThatCanBeEmptyIsFine() throws {
        // Recursion the data ends (the spec's recursive partial): a list can be empty.
        let (report, _) = try buildAfterWriting(
            "templates/partials/footer.mustache",
            bytes: Array("<footer>{{#nav.themes}}{{> partials/footer}}{{/nav.themes}}</footer>\n".utf8))
        #expect(!report.succeeded)
        // It is not an endless include; here the data never ends it, so rendering stops at the depth limit.
        #expect(report.messages.allSatisfy { !$0.contains("includes itself") }, "\(report.messages)")
        #expect(report.messages.contains { $0.contains("nest more than 200 deep") }, "\(report.messages)")
    }

    @Test func theRepositorysTemplatesUseOnlyKnownValues() throws {
        let sources = try TestSite().templateSources()
        let (_, problems) = TemplateSet.compile(sources, required: SiteSettings.requiredTemplates)
        #expect(problems.isEmpty, "\(problems)")
    }
}

extension TestSite {
    /// The templates of the site as the load stage reads them.
    func templateSources() throws -> [SourceText] {
        SiteLoader(root: root).load().0.templates
    }
}
