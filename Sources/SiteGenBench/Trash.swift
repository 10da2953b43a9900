import Foundation

/// Where the bench puts the folders it is done with, emptied once every figure is taken.
///
/// On ext4 without a journal (this VM's disk), the kernel does not hand out again an inode freed
/// in the last minute, or in the last six while its block of the inode table has unwritten
/// changes (as it has while new files are being made: `RECENTCY_MIN` 60 s, plus
/// `RECENTCY_DIRTY` 300 s), and each new file or folder scans past all of them from the start of
/// its group: after deleting one 10,000-page output, a first build of the next took 8.2 s
/// instead of 2.7 (`perf`: `recently_deleted`, in `ext4_create` and `ext4_mkdir`, most of the
/// time). A folder moved here frees no inode, so no build of the bench pays for the deletions of
/// the bench.
struct Trash {
    let folder: URL

    /// Moves `url` into the trash, if it exists.
    func discard(_ url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: url, to: folder.appendingPathComponent(UUID().uuidString))
    }

    /// Deletes all that was discarded, this run's and an interrupted run's, and writes the
    /// inode table back (`sync`): the next run, if it comes within six minutes, is slowed, so
    /// the time is noted (`emptied`) for it to warn. A run that failed leaves its trash, for the
    /// next one to empty.
    func empty() throws {
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        try FileManager.default.removeItem(at: folder)
        sync()
        _ = FileManager.default.createFile(atPath: emptied.path, contents: Data())
    }

    private var emptied: URL { folder.deletingLastPathComponent().appendingPathComponent("trash-emptied") }

    /// A warning when an earlier run emptied its trash less than six minutes ago.
    func warning(now: Date = Date()) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: emptied.path),
            let date = attributes[.modificationDate] as? Date, now.timeIntervalSince(date) < 360
        else { return nil }
        return String(
            format: "warning: an earlier run deleted its files %.0f s ago; on ext4 without a journal, the first builds "
                + "are slowed for six minutes after (README, Benchmarks)", now.timeIntervalSince(date))
    }
}
