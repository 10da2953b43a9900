import Foundation

/// Whether the machine has the memory a run of 100,000 briefings needs to measure builds rather
/// than the disk.
///
/// Each rebuild compares every page with the output before last (3.4 GB at 100,000 briefings),
/// beside the last output, Hugo's and both corpora, all of which stay in the page cache only if
/// there is room. On the bench's 24 GiB VM, with 8 GiB held in a tmpfs (`/dev/shm`) and 14.5 GiB
/// available, the rebuilds of 100,000 briefings took 24.3 s with 9.5 idle core-seconds; with the
/// tmpfs emptied (23 GiB available), 19.5 s and 2.7 (BENCHMARKS.md, tenth session).
enum MemoryCheck {
    /// Available memory below which a run with 100,000 briefings or more is warned about.
    static let needed: Int64 = 20 << 30

    /// A warning when `sizes` reaches 100,000 and less than `needed` is available (from
    /// `/proc/meminfo`'s `MemAvailable`, with its `Shmem`, which counts tmpfs folders; nil where
    /// that cannot be read).
    static func warning(sizes: [Int], meminfo: String? = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) -> String? {
        guard let largest = sizes.max(), largest >= 100_000, let meminfo,
            let available = kibibytes("MemAvailable", in: meminfo), available << 10 < needed
        else { return nil }
        let shared = (kibibytes("Shmem", in: meminfo) ?? 0) << 10
        func gibibytes(_ bytes: Int64) -> String { String(format: "%.1f GiB", Double(bytes) / Double(1 << 30)) }
        return "warning: \(gibibytes(available << 10)) of memory is available, and shared memory (tmpfs folders such as "
            + "/dev/shm) holds \(gibibytes(shared)); with less than \(needed >> 30) GiB, the outputs of \(largest.grouped) briefings leave the page "
            + "cache and the rebuilds wait on the disk (README, Benchmarks)"
    }

    /// The figure of `/proc/meminfo`'s line `name:` in KiB.
    static func kibibytes(_ name: String, in meminfo: String) -> Int64? {
        for line in meminfo.split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int64(line.dropFirst(name.count + 1).split(separator: " ").first ?? "")
        }
        return nil
    }
}
