import Foundation

/// The entries of a folder as `readdir` gives them, each with its kind: most file systems say
/// whether an entry is a file, a folder or a link, so listing 10,000 briefings asks nothing of
/// each file (asking, twice for a link's target, was most of the load stage).
struct FolderEntries {
    enum Kind: Equatable {
        case file, folder, link
        /// A device, a pipe or a socket.
        case other
    }

    struct Entry {
        var name: String
        var kind: Kind
    }

    /// The entries of the folder at `path`, but `.` and `..`, in no order; nil when it cannot be
    /// read (missing, not a folder, no permission).
    static func read(_ path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            entries.append(Entry(name: name, kind: kind(Int(entry.pointee.d_type), at: path + "/" + name)))
        }
        return entries
    }

    /// The kind `readdir` gave; when it did not say (some file systems), the entry is asked.
    private static func kind(_ type: Int, at path: String) -> Kind {
        switch type {
        case Int(DT_REG): return .file
        case Int(DT_DIR): return .folder
        case Int(DT_LNK): return .link
        case Int(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            case S_IFLNK: return .link
            default: return .other
            }
        default: return .other
        }
    }
}
