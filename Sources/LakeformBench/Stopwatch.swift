/// Runs a body repeatedly and keeps each run's wall time.
struct Stopwatch {
    /// Wall times of the measured runs, in milliseconds, in run order.
    private(set) var milliseconds: [Double] = []

    /// Times `runs` calls of `body`, after `warmup` untimed ones; `prepare` runs untimed before each call.
    static func measure(runs: Int, warmup: Int = 0, prepare: () -> Void = {}, _ body: () throws -> Void) rethrows -> Stopwatch {
        var stopwatch = Stopwatch()
        for _ in 0..<warmup {
            prepare()
            try body()
        }
        for _ in 0..<runs {
            prepare()
            stopwatch.milliseconds.append(try time(body))
        }
        return stopwatch
    }

    /// The wall time of one call, in milliseconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
    }

    var median: Double {
        let sorted = milliseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var range: ClosedRange<Double> { (milliseconds.min() ?? 0)...(milliseconds.max() ?? 0) }
}
