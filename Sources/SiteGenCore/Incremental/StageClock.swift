import Dispatch

/// Times a rebuild stage by stage: each `lap` gives the time since the last one to a stage.
struct StageClock {
    private var mark: DispatchTime
    private(set) var times: [Stage: Double] = [:]

    /// Starts at `started`; the time until now goes to `first` (reading and parsing the changes).
    init(started: DispatchTime, first: Stage = .parse) {
        mark = started
        lap(first)
    }

    /// Gives the time since the last lap to `stage`; returns it, in seconds.
    @discardableResult
    mutating func lap(_ stage: Stage) -> Double {
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - mark.uptimeNanoseconds) / 1e9
        times[stage, default: 0] += seconds
        mark = now
        return seconds
    }

    /// Gives `seconds` already counted for one stage to another.
    mutating func move(_ seconds: Double, from: Stage, to: Stage) {
        times[from, default: 0] -= seconds
        times[to, default: 0] += seconds
    }
}
