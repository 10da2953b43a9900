import CCmark
import Foundation

/// The bridge to cmark, the CommonMark reference library: the only file that imports it.
///
/// `parse` turns Markdown into a `MarkdownDocument` and `renderHTML` turns one back into HTML,
/// both through cmark's node API. Every C node is freed before the call returns and no C pointer
/// leaves this file.
public enum CommonMark {
    /// The version of the linked cmark library, e.g. "0.30.2".
    public static var version: String { String(cString: cmark_version_string()) }

    /// cmark's version as a number: 0x001E02 for 0.30.2.
    public static var versionNumber: Int { Int(cmark_version()) }

    /// Whether the linked cmark is older than 0.30.3, which takes time that grows with the square
    /// of the size on some inputs (CVE-2023-22484, CVE-2023-22486).
    public static var isOutdated: Bool { versionNumber < 0x001E03 }

    /// What `--version` says of cmark: its version, and the risk when it is outdated.
    public static var versionSummary: String {
        isOutdated
            ? "cmark \(version), older than 0.30.3: some Markdown takes time that grows with the square of its size (CVE-2023-22484, CVE-2023-22486), so content files are capped ('max_file_kib' under 'markdown:' in site.yml)"
            : "cmark \(version)"
    }

    /// A note at a content file of `size` bytes over half the cap, when the linked cmark is
    /// outdated: where the risk is, and only there, rather than on every run.
    public static func sizeNote(path: String, size: Int, maxFileKiB: Int) -> Diagnostic? {
        guard isOutdated, size * 2 > maxFileKiB * 1024 else { return nil }
        return .note(
            .parse, at: SourceLocation(path: path),
            "the file is \((size + 1023) / 1024) KiB, over half the limit of \(maxFileKiB) KiB: the linked cmark \(version) is older than 0.30.3, and some Markdown takes it time that grows with the square of its size (CVE-2023-22484, CVE-2023-22486); split the file, or link a newer cmark"
        )
    }

    /// Parses a Markdown body whose first line is line `firstLine` of its file.
    public static func parse(_ markdown: String, firstLine: Int = 1, smartPunctuation: Bool = true) -> MarkdownDocument {
        var options = CMARK_OPT_SOURCEPOS
        if smartPunctuation { options |= CMARK_OPT_SMART }
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }
        // Adjacent text nodes (cmark splits text at brackets and entities) become one, so that
        // `[[wiki-links]]` and names are found whole.
        cmark_consolidate_text_nodes(root)
        return document(from: root, lineOffset: firstLine - 1)
    }

    /// Renders a document to HTML, with `edits` in place of the nodes they name. In safe mode (the
    /// default) raw HTML is replaced by a comment and links to `javascript:`, `vbscript:`, `file:`
    /// and most `data:` URLs are emptied.
    /// Parses Markdown and renders it as HTML with cmark alone — no Swift tree, no edits — and
    /// returns the HTML's length: the floor of the Markdown work, for the benchmarks.
    public static func renderDirectly(_ markdown: String) -> Int {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            let root = bytes.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT)! }
            defer { cmark_node_free(root) }
            let html = cmark_render_html(root, CMARK_OPT_DEFAULT)!
            defer { free(html) }
            return strlen(html)
        }
    }

    public static func renderHTML(_ document: MarkdownDocument, edits: MarkdownEdits = MarkdownEdits(), unsafe: Bool = false) -> String {
        let root = cNodes(from: document, edits: edits)
        defer { cmark_node_free(root) }
        let html = cmark_render_html(root, unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)!
        defer { free(html) }
        return String(cString: html)
    }

    private static func document(from root: OpaquePointer, lineOffset: Int) -> MarkdownDocument {
        var document = MarkdownDocument()
        var parents = [document.root]
        let iterator = cmark_iter_new(root)!
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)!
            if node == root { continue }
            if event == CMARK_EVENT_EXIT {
                parents.removeLast()
                continue
            }
            let kind = self.kind(of: node)
            let line = Int(cmark_node_get_start_line(node))
            let index = document.append(
                kind, line: line > 0 ? line + lineOffset : 0, column: Int(cmark_node_get_start_column(node)),
                to: parents[parents.count - 1])
            if !kind.isLeaf { parents.append(index) }
        }
        document.compact()
        return document
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNodeKind {
        func string(_ pointer: UnsafePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                type: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? .ordered : .bullet,
                delimiter: delimiter(cmark_node_get_list_delim(node)),
                start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CUSTOM_BLOCK:
            return .customBlock(onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CUSTOM_INLINE:
            return .customInline(onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: return .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: return .document
        }
    }

    private static func delimiter(_ delimiter: cmark_delim_type) -> MarkdownNodeKind.Delimiter {
        switch delimiter {
        case CMARK_PERIOD_DELIM: .period
        case CMARK_PAREN_DELIM: .parenthesis
        default: .none
        }
    }

    /// The C tree of a document, built in one depth-first walk over its nodes.
    private static func cNodes(from document: MarkdownDocument, edits: MarkdownEdits) -> OpaquePointer {
        let root = cmark_node_new(CMARK_NODE_DOCUMENT)!
        let edited = !edits.isEmpty
        var parents: [OpaquePointer] = []
        var walk = document.walk()
        // Through a buffer, each node's kind is read where it is stored, not copied out.
        document.kinds.withUnsafeBufferPointer { kinds in
            while let event = walk.next() {
                guard event.entering else {
                    parents.removeLast()
                    continue
                }
                guard event.index != document.root else {
                    parents.append(root)
                    continue
                }
                let index = event.index, parent = parents[parents.count - 1]
                let kind = kinds.baseAddress! + index
                let made = edited ? cNode(for: kind, edit: edits.edit(of: index), in: parent) : cNode(for: kind)
                if let made { cmark_node_append_child(parent, made) }
                guard !document.isLeaf(index) else { continue }
                // An edit that gave the node text of its own (or made it pieces) replaces its children.
                if made == nil || (edited && edits.replacesChildren(of: index)) { walk.skipChildren() }
                parents.append(made ?? parent)
            }
        }
        return root
    }

    /// The C node of an edited node; nil when it became pieces, appended to `parent` already. An
    /// edit that does not fit the node's kind is ignored.
    private static func cNode(
        for kind: UnsafePointer<MarkdownNodeKind>, edit: MarkdownEdits.Edit?, in parent: OpaquePointer
    ) -> OpaquePointer? {
        // On the edit first: a tuple of the two would copy every node's kind.
        switch edit {
        case nil: return cNode(for: kind)
        case .text(let literal)?: return literalNode(CMARK_NODE_TEXT, literal)
        case .block(let onEnter, let onExit)?: return customNode(CMARK_NODE_CUSTOM_BLOCK, onEnter, onExit)
        case .destination(let url)?:
            if case .link(_, let title) = kind.pointee { return linkNode(CMARK_NODE_LINK, url, title) }
            if case .image(_, let title) = kind.pointee { return linkNode(CMARK_NODE_IMAGE, url, title) }
        case .inline(let html)?:
            if case .customInline = kind.pointee { return customNode(CMARK_NODE_CUSTOM_INLINE, html, "") }
        case .split(let pieces)?:
            if case .text(let literal) = kind.pointee {
                appendPieces(pieces, of: literal, to: parent)
                return nil
            }
        }
        return cNode(for: kind)
    }

    /// Appends a text's pieces to `parent`, each made from its bytes of the literal.
    private static func appendPieces(_ pieces: [MarkdownEdits.Piece], of literal: String, to parent: OpaquePointer) {
        var literal = literal
        literal.withUTF8 { bytes in
            // Each piece's bytes, ended by a NUL as cmark takes them, in one reused buffer.
            var scratch: [UInt8] = []
            func text(_ range: Range<Int>) -> OpaquePointer {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: bytes[range.clamped(to: 0..<bytes.count)])
                scratch.append(0)
                let node = cmark_node_new(CMARK_NODE_TEXT)!
                scratch.withUnsafeBufferPointer {
                    $0.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(node, $0.baseAddress) }
                }
                return node
            }
            for piece in pieces {
                switch piece {
                case .text(let range): cmark_node_append_child(parent, text(range))
                case let .link(url, range):
                    let link = linkNode(CMARK_NODE_LINK, url, "")
                    cmark_node_append_child(link, text(range))
                    cmark_node_append_child(parent, link)
                }
            }
        }
    }

    /// Reads the kind where it is stored: copied out whole, a kind was a tenth of rendering a body.
    private static func cNode(for kind: UnsafePointer<MarkdownNodeKind>) -> OpaquePointer {
        func make(_ type: cmark_node_type) -> OpaquePointer { cmark_node_new(type)! }
        switch kind.pointee {
        case .document: return make(CMARK_NODE_DOCUMENT)
        case .blockQuote: return make(CMARK_NODE_BLOCK_QUOTE)
        case let .list(type, delimiter, start, tight):
            let node = make(CMARK_NODE_LIST)
            cmark_node_set_list_type(node, type == .ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
            cmark_node_set_list_delim(node, delimiter == .parenthesis ? CMARK_PAREN_DELIM : CMARK_PERIOD_DELIM)
            cmark_node_set_list_start(node, Int32(clamping: start))
            cmark_node_set_list_tight(node, tight ? 1 : 0)
            return node
        case .item: return make(CMARK_NODE_ITEM)
        case let .codeBlock(info, literal):
            let node = make(CMARK_NODE_CODE_BLOCK)
            _ = info.withCString { cmark_node_set_fence_info(node, $0) }
            _ = literal.withCString { cmark_node_set_literal(node, $0) }
            return node
        case .htmlBlock(let literal): return literalNode(CMARK_NODE_HTML_BLOCK, literal)
        case let .customBlock(onEnter, onExit): return customNode(CMARK_NODE_CUSTOM_BLOCK, onEnter, onExit)
        case .paragraph: return make(CMARK_NODE_PARAGRAPH)
        case .heading(let level):
            let node = make(CMARK_NODE_HEADING)
            cmark_node_set_heading_level(node, Int32(level))
            return node
        case .thematicBreak: return make(CMARK_NODE_THEMATIC_BREAK)
        case .text(let literal): return literalNode(CMARK_NODE_TEXT, literal)
        case .softBreak: return make(CMARK_NODE_SOFTBREAK)
        case .lineBreak: return make(CMARK_NODE_LINEBREAK)
        case .code(let literal): return literalNode(CMARK_NODE_CODE, literal)
        case .htmlInline(let literal): return literalNode(CMARK_NODE_HTML_INLINE, literal)
        case let .customInline(onEnter, onExit): return customNode(CMARK_NODE_CUSTOM_INLINE, onEnter, onExit)
        case .emphasis: return make(CMARK_NODE_EMPH)
        case .strong: return make(CMARK_NODE_STRONG)
        case let .link(url, title): return linkNode(CMARK_NODE_LINK, url, title)
        case let .image(url, title): return linkNode(CMARK_NODE_IMAGE, url, title)
        }
    }

    // Strings reach cmark through `withCString`, which lends a native string's own bytes; the
    // implicit conversion to a C string copies each into a new array first.
    private static func literalNode(_ type: cmark_node_type, _ literal: String) -> OpaquePointer {
        let node = cmark_node_new(type)!
        _ = literal.withCString { cmark_node_set_literal(node, $0) }
        return node
    }

    private static func customNode(_ type: cmark_node_type, _ onEnter: String, _ onExit: String) -> OpaquePointer {
        let node = cmark_node_new(type)!
        _ = onEnter.withCString { cmark_node_set_on_enter(node, $0) }
        _ = onExit.withCString { cmark_node_set_on_exit(node, $0) }
        return node
    }

    private static func linkNode(_ type: cmark_node_type, _ url: String, _ title: String) -> OpaquePointer {
        let node = cmark_node_new(type)!
        _ = url.withCString { cmark_node_set_url(node, $0) }
        _ = title.withCString { cmark_node_set_title(node, $0) }
        return node
    }
}
