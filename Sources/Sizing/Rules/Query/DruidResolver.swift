import LakeModel

/// Resolves Druid: Historicals from the hot segments at the horizon, MiddleManagers from the peak event rate, Brokers,
/// Coordinators, Routers and ZooKeeper, and the segments in deep storage.
enum DruidResolver {
    static func resolve(_ spec: DruidSpec, kafka: ResolvedKafka?, _ ledger: Ledger) -> ResolvedDruid {
        let workload = ledger.lake.workload
        ledger.input("workload.ingest", workload.ingestRate?.value ?? 0, .bytesPerSecond, reasonKey: "ingest")
        let rate = sourceRate(spec, workload)
        let ingest = ledger.decide("druid.ingest", .bytesPerSecond, by: DruidSegmentRule.description, inputs: ["workload.ingest"]) {
            let value = rate.average(ingest: workload.ingestRate)
            guard case .share(let share) = rate else { return (value, "\(rate.source(ingest: nil)) on \(spec.source ?? "") = \(BytesPerSecond(value))") }
            return (value, "\(share)% of \(workload.ingestRate ?? BytesPerSecond(0)) from \(spec.source ?? "the whole ingest") = \(BytesPerSecond(value))")
        }
        let horizon = ledger.input("workload.horizon", workload.horizonMonths, .count, reasonKey: "horizon")
        let growth = ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        let grown = ledger.decide("druid.ingestAtHorizon", .bytesPerSecond, by: DruidSegmentRule.description,
                                  inputs: ["druid.ingest", "workload.horizon", "workload.yearlyGrowth"]) {
            let value = workload.atHorizon(ingest)
            return (value, "\(BytesPerSecond(ingest)) grown \(growth)%/year for \(horizon) months = \(BytesPerSecond(value))")
        }
        let retention = ledger.setting("druid.hotRetention", spec.hotRetention.value, default: Seconds.days(30).value, .seconds,
                                       "30 days of hot data on Historicals")
        let replicants = ledger.setting("druid.replicants", spec.replicants, default: 2, .count, "Druid's default of 2 segment replicants")
        let segments = ledger.decide("druid.hotSegmentBytes", .bytes, by: DruidSegmentRule.description,
                                     inputs: ["druid.ingestAtHorizon", "druid.hotRetention"]) {
            let value = DruidSegmentRule.segmentBytes(ingest: grown, retention: retention)
            return (value, "\(BytesPerSecond(grown)) × \(Seconds(retention)) × 10% = \(Bytes(value))")
        }
        let deep = ledger.decide("druid.deepStorageBytes", .bytes, by: DruidSegmentRule.description,
                                 inputs: ["druid.ingestAtHorizon", "workload.horizon", "druid.hotRetention"]) {
            let value = DruidSegmentRule.deepStorageBytes(ingest: grown, horizonMonths: horizon, hotRetention: retention)
            return (value, "\(BytesPerSecond(grown)) × max(\(horizon) months, \(Seconds(retention))) × 10% = \(Bytes(value))")
        }
        let historical = historicalTier(segments: segments, replicants: replicants, ledger)
        let ingestion = ingestion(spec, rate: rate, ingest: ingest, kafka: kafka, ledger)
        let query = queryTier(historicals: historical.count, ledger)
        var druid = ResolvedDruid(
            historicals: historical.count, historical: historical.resources, historicalHeap: Bytes(historical.size.heap),
            historicalDirect: Bytes(historical.size.direct), processingThreads: historical.size.threads,
            mergeBuffers: historical.size.mergeBuffers, bufferSize: Bytes(DruidHistoricalMemoryRule.bufferSize),
            segmentCachePerHistorical: Bytes(historical.cache), middleManagers: ingestion.middleManagers, middleManager: ingestion.resources,
            workerCapacity: DruidMiddleManagerRule.workerCapacity, taskCount: ingestion.taskCount, brokers: query.brokers,
            broker: query.broker, brokerHeap: Bytes(query.brokerHeap), coordinator: query.coordinator, pods: [])
        druid.deepStorageBytes = Bytes(deep)
        druid.coordinatorDirect = Bytes(DruidCoordinatorRule.direct)
        druid.historicalVolume = Bytes(historical.volume)
        druid.peonHeap = Bytes(DruidMiddleManagerRule.peonHeap)
        druid.peonDirect = Bytes(DruidMiddleManagerRule.peonDirect)
        druid.middleManagerDisk = Bytes(ingestion.disk)
        support(into: &druid, ledger)
        druid.pods = pods(druid)
        return druid
    }

    /// Every Druid process as a pod group.
    static func pods(_ druid: ResolvedDruid) -> [PodGroup] {
        let metadata = druid.metadataStore.map {
            PodGroup(name: "druid-postgresql", component: .druid, replicas: 1, resources: $0, storagePerReplica: Bytes(DruidMetadataStoreRule.storage),
                     stateful: true)
        }
        return [
            PodGroup(name: "druid-historical", component: .druid, replicas: druid.historicals, resources: druid.historical,
                     storagePerReplica: druid.historicalVolume, stateful: true),
            PodGroup(name: "druid-middlemanager", component: .druid, replicas: druid.middleManagers, resources: druid.middleManager,
                     storagePerReplica: druid.middleManagerDisk, stateful: false),
            PodGroup(name: "druid-broker", component: .druid, replicas: druid.brokers, resources: druid.broker, stateful: false),
            PodGroup(name: "druid-coordinator", component: .druid, replicas: DruidCoordinatorRule.replicas, resources: druid.coordinator,
                     stateful: false),
            PodGroup(name: "druid-router", component: .druid, replicas: druid.routers, resources: druid.router, stateful: false),
            PodGroup(name: "druid-zookeeper", component: .druid, replicas: druid.zookeeperReplicas, resources: druid.zookeeper,
                     storagePerReplica: druid.zookeeperStorage, stateful: true),
        ] + (metadata.map { [$0] } ?? [])
    }

    /// The rate of Druid's source stream: its share of the ingest or its own rate; all of the ingest without a named stream.
    static func sourceRate(_ spec: DruidSpec, _ workload: WorkloadSpec) -> StreamRate {
        workload.streams.first { $0.name == spec.source }?.rate ?? .share(percent: 100)
    }

    /// Hot segment bytes at the horizon for `spec` under `workload`, as the invariants recompute them.
    static func hotSegmentBytes(_ spec: DruidSpec, _ workload: WorkloadSpec) -> Int {
        let ingest = sourceRate(spec, workload).average(ingest: workload.ingestRate)
        return DruidSegmentRule.segmentBytes(ingest: workload.atHorizon(ingest), retention: spec.hotRetention.value)
    }
}
