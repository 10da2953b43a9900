/// A list whose items are made as a section reaches them, and dropped once rendered: for a page
/// that shows more than it should hold at once (the book: every briefing's body). Rendered with
/// `TemplateLibrary.render(_:context:chunk:emit:)`, such a page is held a piece at a time.
public final class LazyList: Sendable {
    public let count: Int
    private let make: @Sendable (Int) -> TemplateValue

    public init(count: Int, make: @escaping @Sendable (Int) -> TemplateValue) {
        self.count = count
        self.make = make
    }

    /// The item at `position`, made now.
    public subscript(position: Int) -> TemplateValue { make(position) }
}

/// A typed list of `T` made item by item as it renders (see `LazyList`); to templates and their
/// checks, the same as `[T]`.
public struct LazyItems<T: TemplateConvertible>: TemplateConvertible, Sendable {
    public let templateValue: TemplateValue

    public init(count: Int, make: @escaping @Sendable (Int) -> T) {
        templateValue = .lazyList(LazyList(count: count) { make($0).templateValue })
    }

    public static var templateSchema: TemplateSchema { [T].templateSchema }
}
