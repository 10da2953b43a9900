import Foundation

#if SITEGEN_LIBFUZZER
    import CLibFuzzer
#endif

/// `sitegen-fuzz`. Built by `make fuzz` (with `-sanitize=fuzzer` and `-DSITEGEN_LIBFUZZER`) it is
/// libFuzzer, with libFuzzer's options. A plain build runs the files given, or every file of the
/// folders given, through the same pipeline, e.g. to replay a crash or the regression inputs, and
/// exits 1 when an input breaks a promise of `FuzzOracle`.
@main
enum FuzzMain {
    static func main() throws {
        #if SITEGEN_LIBFUZZER
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data, size) })
        #else
            try replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    static func replay(_ arguments: [String]) throws {
        guard !arguments.isEmpty, !arguments.contains("--help") else {
            print("usage: sitegen-fuzz FILE|FOLDER...  (libFuzzer builds: make fuzz)")
            return
        }
        var failed = 0
        for path in try arguments.flatMap(inputs) {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("sitegen-fuzz: cannot read \(path)\n".utf8))
                failed += 1
                continue
            }
            let input = FuzzInput([UInt8](data))
            let outcome = FuzzPipeline.run(input)
            let problems = FuzzOracle.problems(in: outcome, for: input)
            FuzzReport.print(outcome, problems: problems, name: path)
            if !problems.isEmpty { failed += 1 }
        }
        if failed > 0 { exit(1) }
    }

    /// The path itself, or the files of a folder in name order.
    static func inputs(_ path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        return try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted().map { "\(path)/\($0)" }
    }
}
