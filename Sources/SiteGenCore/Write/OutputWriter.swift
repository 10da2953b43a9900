import Foundation

/// The write stage: writes a build into a staging folder beside the output folder, then swaps it
/// in. Until the swap, the previous output stays exactly as it was; after it, files of earlier
/// builds that this one did not write are gone.
public struct OutputWriter: Sendable {
    public let destination: URL

    public init(destination: URL) {
        self.destination = destination.standardizedFileURL
    }

    private var parent: URL { destination.deletingLastPathComponent() }
    /// The output before the current one, kept beside it for the next build to write over.
    public var spare: URL { parent.appendingPathComponent(".\(name).spare") }
    private var name: String { destination.lastPathComponent }
    private var fileManager: FileManager { FileManager.default }

    /// A file every build writes into the output folder, so that later builds know the folder is
    /// theirs to replace.
    public static let marker = ".sitegen-output"

    /// Why the output folder must not be replaced by a build, if it must not. A folder that holds
    /// files but no marker from an earlier build is replaced only with `force`.
    public func refusal(siteRoot: URL, force: Bool = false) -> String? {
        let output = destination.resolvingSymlinksInPath().path
        let site = siteRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let shown = destination.path
        if output == site || (site + "/").hasPrefix(output == "/" ? "/" : output + "/") {
            return "the output folder \(shown) holds the site itself; choose another --output"
        }
        for sources in [SiteLayout.content, SiteLayout.templates, SiteLayout.staticFiles]
        where (output + "/").hasPrefix("\(site)/\(sources)/") {
            return "the output folder \(shown) is inside the site's \(sources)/; choose another --output"
        }
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "the output path \(shown) is a file, not a folder" }
        for kept in [".git", SiteLayout.config, SiteLayout.content] where fileManager.fileExists(atPath: output + "/" + kept) {
            return
                "the output folder \(shown) holds \(kept); sitegen replaces the whole output folder on each build, so choose another --output"
        }
        let entries = (try? fileManager.contentsOfDirectory(atPath: output)) ?? []
        if !force, !entries.isEmpty, !entries.contains(Self.marker) {
            return
                "the output folder \(shown) holds files that sitegen did not write, and each build replaces the whole folder; choose another --output, empty it, or pass --force"
        }
        return nil
    }

    /// Starts a build's output: a staging folder with the folders that `files` (paths relative to
    /// the output folder) need, plus the marker. Write the files into it, then `commit` it or `discard` it.
    public func begin(files: Set<String>) throws(OutputError) -> StagingFolder {
        cleanLeftovers()
        let root = parent.appendingPathComponent(".\(name).tmp-\(getpid())")
        do {
            let staging = try StagingFolder(root: root, destination: destination, spare: spare, files: files)
            try staging.write(OutputFile(path: Self.marker, text: "Written by sitegen, which replaces this folder on each build.\n"))
            return staging
        } catch {
            try? fileManager.removeItem(at: root)
            throw OutputError(diagnostic: failure(error))
        }
    }

    /// Writes `files` (paths relative to the output folder) and swaps them in as the new output.
    public func write(_ files: [OutputFile]) -> [Diagnostic] {
        do {
            let staging = try begin(files: Set(files.map(\.path)))
            do {
                for file in files { try staging.write(file) }
                try staging.commit()
            } catch {
                staging.discard()
                return [failure(error)]
            }
            return []
        } catch {
            return [error.diagnostic]
        }
    }

    /// The error of a write that failed, saying that the previous output is unchanged.
    public func failure(_ error: Error) -> Diagnostic {
        .error(.write, at: nil, "cannot write \(destination.path): \(Self.describe(error)); the previous output is unchanged")
    }

    public struct OutputError: Error {
        public var diagnostic: Diagnostic
    }

    /// Removes staging folders of builds that were killed, and puts back an output folder that a
    /// killed build had moved aside but not yet replaced.
    private func cleanLeftovers() {
        let entries = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries.sorted() {
            guard let pid = Self.pid(in: entry, prefix: ".\(name).tmp-") ?? Self.pid(in: entry, prefix: ".\(name).old-"),
                pid != getpid(), kill(pid, 0) != 0
            else { continue }
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix(".\(name).old-"), !fileManager.fileExists(atPath: destination.path) {
                try? fileManager.moveItem(at: url, to: destination)
            } else {
                try? fileManager.removeItem(at: url)
            }
        }
    }

    private static func pid(in entry: String, prefix: String) -> pid_t? {
        entry.hasPrefix(prefix) ? pid_t(entry.dropFirst(prefix.count)) : nil
    }

    /// A relative path with no `..`, `.` or empty parts and no NUL byte, so it stays inside the
    /// output folder. Read byte by byte, with nothing allocated: every output path is checked.
    static func isSafe(_ path: String) -> Bool {
        // The length of the current part, and how many of its bytes are dots.
        var length = 0, dots = 0
        for byte in path.utf8 {
            switch byte {
            case 0: return false
            case UInt8(ascii: "/"):
                guard length > 0, length > 2 || dots < length else { return false }
                (length, dots) = (0, 0)
            case UInt8(ascii: "."): (length, dots) = (length + 1, dots + 1)
            default: length += 1
            }
        }
        return length > 0 && (length > 2 || dots < length)
    }

    private static func describe(_ error: Error) -> String {
        if let error = error as? WriteError { return error.message }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
