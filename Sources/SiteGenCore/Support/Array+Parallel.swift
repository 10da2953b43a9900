import Dispatch

extension Array where Element: Sendable {
    /// `map`, run on all cores; the results keep the order of the elements. Each result is made
    /// in its place in the new array, so none is copied (or its references counted) again.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            return [T](unsafeUninitializedCapacity: elements.count) { results, made in
                nonisolated(unsafe) let slots = results.baseAddress!
                DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                    (slots + index).initialize(to: transform(elements[index]))
                }
                made = elements.count
            }
        }
    }
}
