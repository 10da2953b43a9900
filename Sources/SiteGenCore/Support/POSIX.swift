#if canImport(Glibc)
    import Glibc
    private let systemRead: @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = Glibc.read
    private let systemWrite: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemRead: @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = Darwin.read
    private let systemWrite: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = Darwin.write
#endif

/// The C library's `read` and `write`, which a type's own method of the same name would shadow,
/// named once here for Linux (Glibc) and macOS (Darwin).
enum POSIX {
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        systemWrite(descriptor, bytes, count)
    }

    static func read(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        systemRead(descriptor, bytes, count)
    }
}
