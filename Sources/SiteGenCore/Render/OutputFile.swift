/// A file for the output folder: its path there and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The same file in `folder` (a language's, `fr/`).
    func inFolder(_ folder: String) -> OutputFile {
        folder.isEmpty ? self : OutputFile(path: folder + path, bytes: bytes)
    }
}
