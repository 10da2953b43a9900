import SiteGenTemplates

/// The updates and corrections of a briefing, and the page of all of them.
extension ContextBuilder {
    func updateItems(_ briefing: Briefing) -> [UpdateItem] {
        briefing.updatesNewestFirst.map { updateItem($0) }
    }

    func updateItem(_ update: BriefingUpdate) -> UpdateItem {
        UpdateItem(
            kind: update.kind.rawValue, label: strings.label(update.kind), date: date(update.date), note: update.note,
            correction: update.kind == .correction)
    }

    /// Every update of the site, newest first: by date, then in site order.
    static func allUpdates(_ index: SiteIndex) -> [(briefing: Briefing, update: BriefingUpdate)] {
        index.briefings.enumerated().flatMap { position, briefing in
            briefing.updatesNewestFirst.map { (position, briefing, $0) }
        }
        .enumerated()
        .sorted { ($0.element.2.date, $1.offset) > ($1.element.2.date, $0.offset) }
        .map { ($0.element.1, $0.element.2) }
    }

    func updates(_ page: Page) -> TemplateValue {
        let entries = Self.allUpdates(index).map { briefing, update in
            Merged(updateItem(update), UpdateSource(briefing: card(briefing), url: href(SitePaths.briefing(briefing.id)) + "#history"))
        }
        return self.page(
            page, title: strings.text("updates_and_corrections"),
            description: strings.text("updates_description", ["site": index.config.title]),
            breadcrumb: [(strings.text("home"), SitePaths.home)],
            content: UpdatesContext(
                entries: entries,
                countLabel:
                    "\(strings.count("entries_count", entries.count)), \(strings.count("corrections_count", entries.filter(\.base.correction).count))",
                feed: index.config.hasAbsoluteBaseURL ? index.config.baseURL + SitePaths.updatesFeed : nil))
    }
}
