import Dispatch

/// How long each step of a build took and the most memory it held: what `--timings` prints.
public struct BuildTimings: Sendable {
    /// The steps of a full build, in order. Pages are rendered, checked and written together.
    public enum Step: String, Sendable {
        case load, parse, index
        /// Making the staging folder and its folders, and copying the assets and static files.
        case staging
        /// Rendering, checking and writing the pages, with the data files made beside them.
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
    /// Seconds spent making and writing the data files, summed over the threads.
    public var dataFileThreads: Double = 0
    private var mark = DispatchTime.now().uptimeNanoseconds

    public init() {
        PeakMemory.reset()
    }

    /// Ends `step` now: the time since the previous step ended, and the peak memory since then.
    mutating func end(_ step: Step) {
        let now = DispatchTime.now().uptimeNanoseconds
        steps.append((step, Measure(seconds: Double(now - mark) / 1e9, peakBytes: PeakMemory.bytes())))
        PeakMemory.reset()
        mark = now
    }
}
