import Synchronization

/// Every name a template or a value uses, interned once to a small integer, so that a lookup
/// while rendering is an array index rather than a string comparison.
///
/// Interning happens when templates are compiled and when an object's shape is first made,
/// never while rendering.
enum TemplateKey {
    private static let table = Mutex<[String: Int]>([:])

    static func id(_ name: String) -> Int {
        table.withLock { names in
            if let id = names[name] { return id }
            let id = names.count
            names[name] = id
            return id
        }
    }
}
