import SiteGenTemplates
import Testing

/// Syntax errors are reported at the tag that is wrong, in the template's own lines and columns.
@Suite struct TemplateParserTests {
    func error(_ text: String) -> String? {
        guard case .failure(let problem) = TemplateParser.parse(TemplateSource(name: "t", path: "templates/t.mustache", text: text)) else {
            return nil
        }
        return problem.description
    }

    @Test func anUnclosedTagIsReportedWhereItOpens() {
        #expect(error("a\nb {{name\nc") == "templates/t.mustache:2:3: error: this tag is never closed: expected '}}'")
        #expect(error("{{{raw}}") == "templates/t.mustache:1:1: error: this tag is never closed: expected '}}}'")
    }

    @Test func aClosingTagThatDoesNotMatchIsReportedAtIt() {
        #expect(
            error("{{#a}}\n  {{#b}}x{{/a}}")
                == "templates/t.mustache:2:10: error: '{{/a}}' does not close 'b', opened at line 2, column 3: expected '{{/b}}'")
        #expect(error("x {{/a}}") == "templates/t.mustache:1:3: error: '{{/a}}' closes no section: nothing named 'a' is open here")
    }

    @Test func anUnclosedSectionIsReportedAtItsOpeningTagNotPastTheEnd() {
        #expect(
            error("line\n\n   {{^empty}}\nmore\n")
                == "templates/t.mustache:3:4: error: this section 'empty' is never closed: expected '{{/empty}}'")
        #expect(
            error("{{<base}}{{$content}}")
                == "templates/t.mustache:1:10: error: this block 'content' is never closed: expected '{{/content}}'")
    }

    @Test func namesAndDelimitersAreChecked() {
        #expect(error("{{ }}") == "templates/t.mustache:1:1: error: this tag has no name")
        #expect(error("{{a b}}") == "templates/t.mustache:1:1: error: 'a b' is no name: a name has no spaces")
        #expect(error("{{a..b}}") == "templates/t.mustache:1:1: error: 'a..b' is no name: a dotted name has a part between each two dots")
        #expect(
            error("ok\n{{=<% %> x=}}")
                == "templates/t.mustache:2:1: error: a set-delimiter tag needs two delimiters without '=', as in '{{=<% %>=}}'")
    }

    @Test func positionsFollowChangedDelimitersAndMultiLineComments() {
        #expect(
            error("{{! a\ncomment }}\n{{=<% %>=}}\n<%#x%>")
                == "templates/t.mustache:4:1: error: this section 'x' is never closed: expected '{{/x}}'")
    }

    @Test func columnsCountBytesOfTheLine() {
        #expect(error("é {{#x}}") == "templates/t.mustache:1:4: error: this section 'x' is never closed: expected '{{/x}}'")
    }
}
