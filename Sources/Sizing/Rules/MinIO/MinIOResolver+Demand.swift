import LakeModel

/// What MinIO must hold and carry at the horizon: stored bytes (the lake's data and the other stores'
/// bytes) and peak client traffic.
extension MinIOResolver {
    /// The other stores' bytes on MinIO, each recorded for explain.
    struct OtherStores {
        var druidDeepStorage = 0
        var flinkCheckpoints = 0
        var kafkaTiered = 0
        var milvusObjects = 0
        var all: [Int] { [druidDeepStorage, flinkCheckpoints, kafkaTiered, milvusObjects] }
        var total: Int { IntegerMath.sum(all) }
    }

    static func stored(kafka: ResolvedKafka?, flink: ResolvedFlink?, druid: ResolvedDruid?, milvus: ResolvedMilvus?, _ ledger: Ledger)
        -> (stored: Int, others: OtherStores)
    {
        let workload = ledger.lake.workload
        let data = ledger.input("workload.dataVolume", workload.dataVolume.value, .bytes, reasonKey: "dataVolume")
        let growth = ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        let horizon = ledger.input("workload.horizon", workload.horizonMonths, .count, reasonKey: "horizon")
        let grown = ledger.decide("minio.dataAtHorizon", .bytes, by: MinIOStoredRule.description,
                                  inputs: ["workload.dataVolume", "workload.yearlyGrowth", "workload.horizon"]) {
            let value = workload.atHorizon(data)
            return (value, "\(Bytes(data)) growing \(growth)%/year for \(horizon) months = \(Bytes(value))")
        }
        var others = OtherStores()
        others.druidDeepStorage = other("minio.stored.druidDeepStorage", druid?.deepStorageBytes, from: "druid.deepStorageBytes",
                                        "Druid's segments in deep storage", "no Druid", ledger)
        others.flinkCheckpoints = other("minio.stored.flinkCheckpoints", flink?.checkpointBytes, from: "flink.checkpointBytes",
                                        "Flink's retained checkpoints", "no Flink", ledger)
        others.kafkaTiered = other("minio.stored.kafkaTiered", kafka?.tieredBytes, from: "kafka.tieredBytes",
                                   "Kafka's tiered log segments (one copy)", "no Kafka", ledger)
        others.milvusObjects = other("minio.stored.milvusObjects", milvus?.objectStorageBytes, from: "milvus.objectStorageBytes",
                                     "Milvus's binlogs and index files (one copy)", "no Milvus", ledger)
        let inputs = ["minio.dataAtHorizon", "minio.stored.druidDeepStorage", "minio.stored.flinkCheckpoints", "minio.stored.kafkaTiered",
                      "minio.stored.milvusObjects"]
        let stored = ledger.decide("minio.storedAtHorizon", .bytes, by: MinIOStoredRule.description, inputs: inputs) {
            let value = MinIOStoredRule.stored(dataAtHorizon: grown, others: others.all).value
            return (value, ([grown] + others.all).map { Bytes($0).description }.joined(separator: " + ") + " = \(Bytes(value))")
        }
        return (stored, others)
    }

    /// One other store's bytes as resolved by its component (0 when the lake has none); explain follows
    /// `source` when that component recorded it.
    private static func other(_ address: String, _ bytes: Bytes?, from source: String, _ what: String, _ absent: String,
                              _ ledger: Ledger) -> Int {
        ledger.decide(address, .bytes, by: MinIOStoredRule.description, inputs: ledger.provenance[source] == nil ? [] : [source]) {
            guard let bytes else { return (0, absent) }
            return (bytes.value, "\(what) at the horizon, as that component resolved them: \(bytes)")
        }
    }

    /// Peak client traffic at the horizon: ingest at its peak, the batch window's reads and writes, the busy window's scans.
    static func demand(_ ledger: Ledger) -> Int {
        let workload = ledger.lake.workload
        let average = ledger.input("workload.ingest", workload.ingestRate?.value ?? 0, .bytesPerSecond, reasonKey: "ingest")
        let peakPercent = ledger.setting("workload.ingest.peak", workload.peakPercent, default: 100, .percent, "no peak given: ingest is flat")
        let batch = ledger.input("workload.batchPerDay", workload.batchPerDay?.value ?? 0, .bytes, reasonKey: "batchPerDay")
        var inputs = ["workload.ingest", "workload.ingest.peak", "workload.batchPerDay", "workload.yearlyGrowth", "workload.horizon"]
        var scanned = 0
        if let declared = workload.scannedPerDay {
            scanned = ledger.input("workload.scannedPerDay", declared.value, .bytes, reasonKey: "scannedPerDay")
            inputs.append("workload.scannedPerDay")
        }
        return ledger.decide("minio.throughput.demand", .bytesPerSecond, by: MinIOThroughputRule.description, inputs: inputs) {
            let peak = IntegerMath.percent(workload.atHorizon(average), peakPercent)
            let batchAtHorizon = workload.atHorizon(batch), scannedAtHorizon = workload.atHorizon(scanned)
            let value = MinIOThroughputRule.demand(peakIngest: peak, batchPerDay: batchAtHorizon, scannedPerDay: scannedAtHorizon)
            return (value, "at the \(workload.horizonMonths)-month horizon: ingest \(BytesPerSecond(peak)) at its \(peakPercent)% peak"
                + " + 2 × \(Bytes(batchAtHorizon)) batch / \(Seconds(MinIOThroughputRule.batchWindowSeconds))"
                + " + \(Bytes(scannedAtHorizon)) scanned / \(Seconds(MinIOThroughputRule.busyWindowSeconds))"
                + (workload.scannedPerDay == nil ? " (no scannedPerDay declared)" : "") + " = \(BytesPerSecond(value))")
        }
    }
}
