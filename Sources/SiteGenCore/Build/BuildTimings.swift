import Dispatch

/// How long each step of a build took and the most memory it held: what `--timings` prints.
public struct BuildTimings: Sendable {
    /// The steps of a full build, in order. Pages are rendered, checked and written together.
    public enum Step: String, Sendable, CaseIterable {
        case load, parse, index
        case dataFiles = "data files"
        case pages
        /// Putting the new output in place of the previous one, and removing that.
        case swap
    }

    public struct Measure: Sendable {
        /// Wall-clock seconds.
        public var seconds: Double
        /// The most memory resident during the step, in bytes; nil where the system does not say.
        public var peakBytes: Int?
    }

    public private(set) var steps: [(step: Step, measure: Measure)] = []
    /// Seconds spent rendering, checking and writing pages, summed over the threads.
    public var pageThreads: (render: Double, check: Double, write: Double) = (0, 0, 0)
    private var mark = DispatchTime.now().uptimeNanoseconds

    public init() {
        PeakMemory.reset()
    }

    public subscript(step: Step) -> Measure? {
        steps.last { $0.step == step }?.measure
    }

    /// Ends `step` now: the time since the previous step ended, and the peak memory since then.
    mutating func end(_ step: Step) {
        let now = DispatchTime.now().uptimeNanoseconds
        steps.append((step, Measure(seconds: Double(now - mark) / 1e9, peakBytes: PeakMemory.bytes())))
        PeakMemory.reset()
        mark = now
    }
}
