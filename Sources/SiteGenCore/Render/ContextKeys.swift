/// Every key that sitegen puts in a page's context, at any depth (README lists them by page).
///
/// A template variable with a name outside this set renders as nothing on every page: most often
/// a typo, which `TemplateChecks` reports. `ContextKeysTests` checks that the contexts of a real
/// build use no key missing here.
enum ContextKeys {
    static let all: Set<String> = [
        "absoluteURL", "after", "aliases", "alongside", "anchor", "assets", "backlinks", "baseURL", "before", "body", "book",
        "breadcrumb", "briefing", "briefingCount", "briefings", "canonical", "cardLevel", "cells", "children", "count", "countLabel",
        "current", "data", "date", "description", "draft", "entities", "entitiesHeading", "entity", "entityCount", "feed", "fullTitle",
        "hasCount", "home", "id", "inBriefings", "inIndex", "index", "isBriefings", "isHome", "isIndex", "isSearch", "isThemes", "iso",
        "items", "kind", "kinds", "label", "language", "latest", "latestDate", "listed", "liveReload", "long", "mentionGroups",
        "mentions", "more", "moreBriefings", "moreOnThemes", "name", "nav", "next", "page", "previous", "publisher",
        "related", "rows", "search", "searchData", "searchScript", "section", "sectionLabel", "site", "sources", "summary", "table",
        "term", "text", "theme", "themes", "themesPage", "title", "toc", "updated", "url", "wikiLink",
    ]
}
