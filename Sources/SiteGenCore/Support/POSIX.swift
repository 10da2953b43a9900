#if canImport(Glibc)
    import Glibc
    private let systemRead: @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead: @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = Darwin.read
#endif

/// The C library's `read`, which a type's own method of the same name would shadow,
/// named once here for Linux (Glibc) and macOS (Darwin).
enum POSIX {
    static func read(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        systemRead(descriptor, bytes, count)
    }
}
