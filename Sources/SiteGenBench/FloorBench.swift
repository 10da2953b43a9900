import Foundation
import SiteGenCore

/// The floor under a full build of 10,000 briefings: what cmark alone takes over the same bodies,
/// and what writing the same bytes as files takes, so that the distance to the limit shows.
struct FloorBench {
    let options: BenchOptions

    func run() throws {
        let size = 10_000
        let workers = ProcessInfo.processInfo.activeProcessorCount
        print("\nFloor: the parts no build of \(size.grouped) briefings can skip, on \(workers) cores, median of \(options.runs) runs")
        print("part                                                  thread-seconds   wall (s)")
        let bodies = Corpus(briefings: size, entities: options.entities, seed: 42).generate().map(\.body)
        var cmark: [(cpu: Double, wall: Double)] = []
        for _ in 0..<options.runs {
            let run = Measure.onAllCores(bodies.count) { CommonMark.renderDirectly(bodies[$0]) }
            cmark.append((run.cpu, run.wall))
        }
        print(row("cmark alone: parse and render every body", cmark))

        let site = options.workFolder.appendingPathComponent("floor-\(size)")
        try options.trash.discard(site)
        try Corpus(briefings: size, entities: options.entities, seed: 42).write(to: site)
        defer { try? options.trash.discard(site) }
        let build = Measure.run(options.sitegen, ["build", "--site", site.path, "--force"])
        guard build.succeeded else { throw BenchError("sitegen build failed:\n\(build.errors.prefix(2000))") }
        let output = site.appendingPathComponent("public")
        let paths = (FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? []).filter {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path, isDirectory: &folder) && !folder.boolValue
        }.sorted()
        let files = try paths.map { try Data(contentsOf: output.appendingPathComponent($0)) }
        let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted()
        var writes: [(cpu: Double, wall: Double)] = []
        for run in 0..<options.runs {
            let target = site.appendingPathComponent("copy-\(run)").path
            // Each folder made once, then each file written with open, write and close: no more
            // than any writer must do.
            let start = DispatchTime.now().uptimeNanoseconds
            for folder in folders { mkdir(target + "/" + folder, 0o755) }
            let made = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let written = Measure.onAllCores(paths.count) { position in
                let descriptor = open(target + "/" + paths[position], O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard descriptor >= 0 else { return 0 }
                defer { close(descriptor) }
                return files[position].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            }
            writes.append((written.cpu + made, written.wall + made))
        }
        let megabytes = Double(files.map(\.count).reduce(0, +)) / 1_048_576
        print(row(String(format: "writing its %d files (%.0f MiB) into folders", paths.count, megabytes), writes))
        print(String(format: "sitegen build of the same site, this run: %.2f s", build.seconds))
    }

    private func row(_ label: String, _ runs: [(cpu: Double, wall: Double)]) -> String {
        label.padding(toLength: 52, withPad: " ", startingAt: 0)
            + String(format: "   %14.2f   %8.2f", median(runs.map(\.cpu)), median(runs.map(\.wall)))
    }
}
