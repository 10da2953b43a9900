/// A data file of the site, made in pieces: each piece is handed on as soon as it is made, so a
/// build writes a large file (xref.json is tens of megabytes) as a stream instead of holding it.
public struct DataFile: Sendable {
    public let path: String
    /// Makes the file, handing `emit` its bytes in order.
    let produce: @Sendable (_ emit: ([UInt8]) -> Void) -> Void

    init(path: String, produce: @escaping @Sendable (_ emit: ([UInt8]) -> Void) -> Void) {
        self.path = path
        self.produce = produce
    }

    /// A file made whole.
    init(_ path: String, _ make: @escaping @Sendable () -> OutputFile) {
        self.init(path: path) { emit in emit(make().bytes) }
    }

    /// The whole file in memory, as the preview writes it.
    public var file: OutputFile {
        var bytes: [UInt8] = []
        produce { bytes += $0 }
        return OutputFile(path: path, bytes: bytes)
    }
}
