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

    /// Every update of the site, newest first: by date, then in site order; each with its
    /// briefing's position in `index.briefings`. Positions are sorted, not briefings, which a
    /// sort copies whole at every move (at 100,000 briefings, 45 times the time of 10,000).
    static func allUpdates(_ index: SiteIndex) -> [(position: Int, update: BriefingUpdate)] {
        var updates: [(position: Int, update: BriefingUpdate)] = []
        for (position, briefing) in index.briefings.enumerated() where !briefing.updates.isEmpty {
            for update in briefing.updatesNewestFirst { updates.append((position, update)) }
        }
        return updates.indices.sorted { a, b in
            updates[a].update.date != updates[b].update.date ? updates[a].update.date > updates[b].update.date : a < b
        }
        .map { updates[$0] }
    }

    func updates(_ page: Page) -> TemplateValue {
        let entries = Self.allUpdates(index).map { position, update in
            Merged(
                updateItem(update),
                UpdateSource(briefing: card(at: position), url: href(SitePaths.briefing(index.briefings[position].id)) + "#history"))
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
