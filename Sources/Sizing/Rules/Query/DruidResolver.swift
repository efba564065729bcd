import LakeModel

/// Resolves Druid: Historicals from hot segments, MiddleManagers from the event rate, Brokers and Coordinators.
enum DruidResolver {
    static func resolve(_ spec: DruidSpec, kafka: ResolvedKafka?, _ ledger: Ledger) -> ResolvedDruid {
        let workload = ledger.lake.workload
        ledger.input("workload.ingest", workload.ingestRate?.value ?? 0, .bytesPerSecond, reasonKey: "ingest")
        let share = sourceShare(spec, workload)
        let ingest = ledger.decide("druid.ingest", .bytesPerSecond, by: DruidSegmentRule.description, inputs: ["workload.ingest"]) {
            let value = IntegerMath.percent(workload.ingestRate?.value ?? 0, share)
            return (value, "\(share)% of \(workload.ingestRate ?? BytesPerSecond(0)) from \(spec.source ?? "the whole ingest") = \(BytesPerSecond(value))")
        }
        let retention = ledger.setting("druid.hotRetention", spec.hotRetention.value, default: Seconds.days(30).value, .seconds,
                                       "30 days of hot data on Historicals")
        let replicants = ledger.setting("druid.replicants", spec.replicants, default: 2, .count, "Druid's default of 2 segment replicants")
        let segments = ledger.decide("druid.hotSegmentBytes", .bytes, by: DruidSegmentRule.description,
                                     inputs: ["druid.ingest", "druid.hotRetention"]) {
            let value = DruidSegmentRule.segmentBytes(ingest: ingest, retention: retention)
            return (value, "\(BytesPerSecond(ingest)) × \(Seconds(retention)) × 10% = \(Bytes(value))")
        }
        let cache = ledger.defaulted("druid.segmentCachePerHistorical", DruidHistoricalRule.segmentCache, .bytes,
                                     "300 GB of segment cache per Historical (Druid's example cluster)")
        let historicals = ledger.decide("druid.historicals", .count, by: DruidHistoricalRule.description,
                                        inputs: ["druid.hotSegmentBytes", "druid.replicants", "druid.segmentCachePerHistorical"],
                                        pin: .druidHistoricals) {
            let value = DruidHistoricalRule.historicals(segments: segments, replicants: replicants)
            return (value, "max(\(replicants), ⌈\(Bytes(segments)) × \(replicants) / \(Bytes(cache))⌉) = \(value)")
        }
        let historical = historicalSize(ledger)
        let ingestion = ingestion(spec, share: share, ingest: ingest, kafka: kafka, ledger)
        let query = queryTier(historicals: historicals, ledger)
        let pods = [
            PodGroup(name: "druid-historical", component: .druid, replicas: historicals, resources: historical.resources,
                     storagePerReplica: Bytes(cache), stateful: true),
            PodGroup(name: "druid-middlemanager", component: .druid, replicas: ingestion.middleManagers, resources: ingestion.resources,
                     stateful: false),
            PodGroup(name: "druid-broker", component: .druid, replicas: query.brokers, resources: query.broker, stateful: false),
            PodGroup(name: "druid-coordinator", component: .druid, replicas: DruidCoordinatorRule.replicas, resources: query.coordinator,
                     stateful: false),
        ]
        return ResolvedDruid(
            historicals: historicals, historical: historical.resources, historicalHeap: Bytes(historical.size.heap),
            historicalDirect: Bytes(historical.size.direct), processingThreads: historical.size.threads,
            mergeBuffers: historical.size.mergeBuffers, bufferSize: Bytes(DruidHistoricalMemoryRule.bufferSize),
            segmentCachePerHistorical: Bytes(cache), middleManagers: ingestion.middleManagers, middleManager: ingestion.resources,
            workerCapacity: DruidMiddleManagerRule.workerCapacity, taskCount: ingestion.taskCount, brokers: query.brokers,
            broker: query.broker, brokerHeap: Bytes(query.brokerHeap), coordinator: query.coordinator, pods: pods)
    }

    /// The share of the ingest that Druid's source stream carries; all of it without a named stream.
    static func sourceShare(_ spec: DruidSpec, _ workload: WorkloadSpec) -> Int {
        workload.streams.first { $0.name == spec.source }?.sharePercent ?? 100
    }

    /// Hot segment bytes for `spec` under `workload`, as the invariants recompute them.
    static func hotSegmentBytes(_ spec: DruidSpec, _ workload: WorkloadSpec) -> Int {
        let ingest = IntegerMath.percent(workload.ingestRate?.value ?? 0, sourceShare(spec, workload))
        return DruidSegmentRule.segmentBytes(ingest: ingest, retention: spec.hotRetention.value)
    }
}
