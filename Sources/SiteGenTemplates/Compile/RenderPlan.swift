/// What the renderer runs: every template of a library as one flat array of operations whose
/// operands are integers (into the text pool, the table of names, the other templates), so that
/// rendering copies no reference and looks nothing up by string.
struct RenderPlan: Sendable {
    enum Op: Sendable {
        /// Bytes `start..<start+count` of the text pool.
        case text(start: Int32, count: Int32)
        case lineStart
        case variable(name: Int32, escaped: Bool)
        /// The section's content is the operations up to `end`.
        case section(name: Int32, end: Int32)
        case invertedSection(name: Int32, end: Int32)
        /// `template` is -1 for a partial that does not exist; `indent` is `RenderPlan.inline`
        /// for one inside a line.
        case partial(template: Int32, indent: Int32)
        case dynamicPartial(name: Int32, indent: Int32)
        /// The blocks given to the parent follow, up to `end`; `blocks` indexes `blockTables`.
        case parent(template: Int32, blocks: Int32, indent: Int32, end: Int32)
        case dynamicParent(name: Int32, blocks: Int32, indent: Int32, end: Int32)
        /// A block's default content is the operations up to `end`; `indent` is -1 unless its tag stands alone.
        case block(key: Int32, indent: Int32, end: Int32)
    }

    /// A block given to a parent: its content's operations.
    struct BlockBody: Sendable {
        let start: Int32
        let end: Int32
    }

    var ops: [Op] = []
    /// Where each operation's tag is, for the one error rendering can stop with.
    var sites: [TemplateLocation] = []
    var bytes: [UInt8] = []
    /// Name `i` is `keys[nameStarts[i]..<nameStarts[i + 1]]`; `.` has no keys.
    var nameStarts: [Int32] = [0]
    var keys: [Int32] = []
    /// The indentation operand of a partial or parent inside a line: it clears the indentation.
    static let inline: Int32 = -2

    /// Indentation `i` is `bytes[indents[i]]`.
    var indents: [Range<Int32>] = []
    /// The blocks of each parent tag, by the interned key of the block's name.
    var blockTables: [[Int32: BlockBody]] = []
    /// Template `i` is `ops[templates[i]]`.
    var templates: [Range<Int32>] = []
}
