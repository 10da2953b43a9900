import SiteGenTemplates

/// The HTML of a citation in the text: its sources' numbers, each a link to the source in the
/// page's list (`#source_2`) with an anchor of its own for the way back (`cite_2_1`). The word
/// "Source" and the locator are there for screen readers; sighted readers see `[2, 3]`.
enum CitationMarks {
    /// `source` is the hidden word before each number, in the site's language.
    static func html(_ marks: [CitationNumbers.Mark], keys: [CitationKey], anchorPrefix: String, source: String = "Source") -> String {
        var html = "<sup class=\"citation\">["
        for (position, (mark, key)) in zip(marks, keys).enumerated() {
            if position > 0 { html += ", " }
            html +=
                "<a id=\"\(anchorPrefix)\(CitationNumbers.citationAnchor(mark))\" href=\"#\(anchorPrefix)\(CitationNumbers.sourceAnchor(mark.number))\">"
            html += "<span class=\"visually-hidden\">\(HTMLEscaper.escape(source)) </span>\(mark.number)"
            if let locator = key.locator { html += "<span class=\"visually-hidden\">, \(HTMLEscaper.escape(locator))</span>" }
            html += "</a>"
        }
        return html + "]</sup>"
    }
}

/// The HTML of a paragraph marked with a claim status: its label in words, first, so that the
/// status never rests on colour alone.
enum ClaimMarks {
    static func opening(_ status: String, label: String) -> String {
        "<p class=\"claim claim--\(status)\"><span class=\"claim__label\">\(HTMLEscaper.escape(label))<span class=\"visually-hidden\">:</span></span> "
    }
}
