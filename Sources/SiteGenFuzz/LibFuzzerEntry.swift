import Foundation

/// libFuzzer's entry point: one input through the pipeline; a broken promise of `FuzzOracle`
/// stops the run like a crash, so that libFuzzer saves and minimises the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
    let outcome = FuzzPipeline.run(input)
    let problems = FuzzOracle.problems(in: outcome, for: input)
    if FuzzReport.verbose || !problems.isEmpty {
        FuzzReport.print(outcome, problems: problems, name: "input")
    }
    if !problems.isEmpty { fatalError("sitegen-fuzz: \(problems.count) broken promise(s)") }
    return 0
}
