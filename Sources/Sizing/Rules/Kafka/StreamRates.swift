import LakeModel

/// A stream's average and peak ingress at the planning horizon: what Kafka's topics and the Flink jobs reading them are sized for.
struct StreamRates: Equatable {
    let average: Int
    let peak: Int

    /// Rates from an average today, compounded to the horizon, peaking by the workload's peak factor.
    init(today: Int, _ workload: WorkloadSpec) {
        average = workload.atHorizon(today)
        peak = IntegerMath.percent(average, workload.peakPercent)
    }

    /// The rates of a stream carrying `share` percent of the workload's ingest, compounded to the horizon.
    init(share: Int, _ workload: WorkloadSpec) {
        self.init(today: IntegerMath.percent(workload.ingestRate?.value ?? 0, share), workload)
    }

    /// The rates of the named streams together (a join reads them all); a name that is no declared stream is the lake's
    /// implicit `events` stream, which carries the whole ingest.
    init(streams names: [String], _ workload: WorkloadSpec) {
        let today = names.map { name in
            workload.streams.first { $0.name == name }?.rate.average(ingest: workload.ingestRate) ?? (workload.ingestRate?.value ?? 0)
        }
        self.init(today: IntegerMath.sum(today), workload)
    }

    /// Records the workload inputs the rates derive from, for `lakeform explain`, and each stream's own rate.
    static func recordInputs(_ ledger: Ledger) {
        let workload = ledger.lake.workload
        ledger.input("workload.ingest", workload.ingestRate?.value ?? 0, .bytesPerSecond, reasonKey: "ingest")
        ledger.setting("workload.ingest.peak", workload.peakPercent, default: 100, .percent, "no peak given: ingest is flat")
        ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        ledger.input("workload.horizon", workload.horizonMonths, .count)
        for stream in workload.streams where stream.rate.isOwn {
            ledger.input(rateAddress(stream.name), stream.rate.average(ingest: nil), .bytesPerSecond, reasonKey: "streams.\(stream.name)")
        }
    }

    /// The inputs of every rate, as explain lists them.
    static let inputs = ["workload.ingest", "workload.ingest.peak", "workload.yearlyGrowth", "workload.horizon"]

    /// The inputs of the named streams' rates: the workload's, and each stream's own rate where it states one.
    static func inputs(streams names: [String], _ workload: WorkloadSpec) -> [String] {
        inputs + workload.streams.filter { names.contains($0.name) && $0.rate.isOwn }.map { rateAddress($0.name) }
    }

    /// Where explain records a stream's own rate.
    static func rateAddress(_ stream: String) -> String { "workload.streams.\(stream).rate" }

    /// `15% of 50 MB/s ingest` or `2,000 events/s × 1 kB` for each named stream, joined by ` + `.
    static func sources(_ names: [String], _ workload: WorkloadSpec) -> String {
        names.map { name in
            let rate = workload.streams.first { $0.name == name }?.rate ?? .share(percent: 100)
            return names.count == 1 && !rate.isOwn ? name : "\(name) (\(rate.source(ingest: workload.ingestRate)))"
        }.joined(separator: " + ")
    }
}
