/// What the index checks of one briefing on its own: its themes, its authors, its links, its
/// mentions and wiki-links, and its citations. The index runs them on every published briefing
/// as part of indexing, the preview on one edited briefing, and a build without `--drafts` on
/// every draft, whose problems are then warnings (see `asDraft`), so a draft's broken link is
/// known before the day it is published.
struct BriefingChecks {
    let themes: Set<String>
    let authors: [String]
    let resolver: LinkResolver
    let table: EntityTable
    let linkFirstMention: Bool
    let sources: Set<String>
    /// Sources whose file did not parse: their own error says so.
    var brokenSources: Set<String> = []

    struct Outcome {
        var diagnostics: [Diagnostic]
        var resolved: [Int: String]
        var targets: [String]
        var scan: MentionScanner.Result
        var mentions: [Mention]
    }

    func run(_ briefing: Briefing) -> Outcome {
        var diagnostics =
            SiteIndexer.checkThemes(of: briefing, known: themes) + SiteIndexer.checkAuthors(of: briefing, known: authors)
        let (resolved, targets) = resolver.resolve(briefing.body, from: briefing.path, diagnostics: &diagnostics)
        let scan = MentionScanner(table: table, linkFirstMention: linkFirstMention).scan(briefing.body, briefing: briefing.id)
        diagnostics += scan.diagnostics
        let mentions =
            CrossReferenceBuilder(table: table, linkFirstMention: linkFirstMention).listed(in: briefing, diagnostics: &diagnostics)
            + scan.mentions
        diagnostics += CitationIndex.check(briefing.body.citations, known: sources, broken: brokenSources)
        return Outcome(diagnostics: diagnostics, resolved: resolved, targets: targets, scan: scan, mentions: mentions)
    }

    /// A draft's problems as warnings, saying why they are not errors yet.
    static func asDraft(_ problems: [Diagnostic]) -> [Diagnostic] {
        problems.map { problem in
            guard problem.severity == .error else { return problem }
            return .warning(problem.stage, at: problem.location, problem.message + " (in a draft: an error once it is published)")
        }
    }
}
