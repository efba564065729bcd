import LakeModel

/// A stream's average and peak ingress at the planning horizon: what Kafka's topics and the Flink jobs reading them are sized for.
struct StreamRates: Equatable {
    let average: Int
    let peak: Int

    /// The rates of a stream carrying `share` percent of the workload's ingest, compounded to the horizon.
    init(share: Int, _ workload: WorkloadSpec) {
        average = workload.atHorizon(IntegerMath.percent(workload.ingestRate?.value ?? 0, share))
        peak = IntegerMath.percent(average, workload.peakPercent)
    }

    /// Records the workload inputs the rates derive from, for `lakeform explain`.
    static func recordInputs(_ ledger: Ledger) {
        let workload = ledger.lake.workload
        ledger.input("workload.ingest", workload.ingestRate?.value ?? 0, .bytesPerSecond, reasonKey: "ingest")
        ledger.setting("workload.ingest.peak", workload.peakPercent, default: 100, .percent, "no peak given: ingest is flat")
        ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        ledger.input("workload.horizon", workload.horizonMonths, .count)
    }

    /// The inputs of every rate, as explain lists them.
    static let inputs = ["workload.ingest", "workload.ingest.peak", "workload.yearlyGrowth", "workload.horizon"]
}
