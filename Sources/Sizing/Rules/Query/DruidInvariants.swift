import LakeModel

extension Invariants {
    static func checkDruid(_ druid: ResolvedDruid, _ spec: DruidSpec, workload: WorkloadSpec, kafka: ResolvedKafka?, _ ledger: Ledger) {
        checkHeap(druid.historicalHeap, within: druid.historical, "druid.historicalHeap", ledger)
        checkHeap(druid.brokerHeap, within: druid.broker, "druid.brokerHeap", ledger)
        checkHeap(druid.brokerHeap + druid.coordinatorDirect, within: druid.coordinator, "druid.coordinatorMemory", ledger)
        checkHeap(druid.routerHeap, within: druid.router, "druid.routerHeap", ledger)
        checkHeap(druid.zookeeperHeap, within: druid.zookeeper, "druid.zookeeper.heap", ledger)
        if druid.historicalHeap + druid.historicalDirect >= druid.historical.memoryLimit {
            ledger.error("invariant.druidHistoricalMemory",
                         "Historical heap \(druid.historicalHeap.memoryText) + direct \(druid.historicalDirect.memoryText) leaves no page cache in \(druid.historical.memoryLimit.memoryText)",
                         address: "druid.historicalMemory", notes: ["segments are memory-mapped: the container needs free RAM beyond heap and direct"])
        }
        if druid.segmentCachePerHistorical >= druid.historicalVolume {
            ledger.error("invariant.druidSegmentCacheVolume",
                         "segment cache \(druid.segmentCachePerHistorical) does not fit below the \(druid.historicalVolume) Historical volume",
                         address: "druid.historicalVolume", notes: ["segments being downloaded and the info dir need room beside the cache"])
        }
        let needed = IntegerMath.product(DruidResolver.hotSegmentBytes(spec, workload), spec.replicants, saturatingAt: Int.max)
        let cached = IntegerMath.product(druid.historicals, druid.segmentCachePerHistorical.value, saturatingAt: Int.max)
        if cached < needed {
            ledger.error("invariant.druidSegmentCache",
                         "\(druid.historicals) Historicals cache \(Bytes(cached)), less than \(Bytes(needed)) of hot segment replicas at the horizon",
                         address: "druid.historicals", notes: ["raise druid.historicals or shorten hotRetention"])
        }
        let peons = IntegerMath.sum([DruidMiddleManagerRule.middleManagerHeap, IntegerMath.product(druid.workerCapacity, druid.peonHeap.value + druid.peonDirect.value)])
        if peons >= druid.middleManager.memoryLimit.value {
            ledger.error("invariant.druidMiddleManagerMemory",
                         "MiddleManager heap + \(druid.workerCapacity) peons × (heap + direct) = \(Bytes(peons).memoryText) leaves no headroom in \(druid.middleManager.memoryLimit.memoryText)",
                         address: "druid.middleManagerMemory", notes: ["every peon is a JVM with metaspace and threads beyond heap and direct memory"])
        }
        let slots = DruidIngestRule.slots(taskCount: druid.taskCount)
        if IntegerMath.product(druid.middleManagers, druid.workerCapacity) < slots {
            ledger.error("invariant.druidWorkerCapacity",
                         "\(druid.middleManagers) MiddleManagers × capacity \(druid.workerCapacity) is below 2 × replicas × taskCount = \(slots)",
                         address: "druid.middleManagers", notes: ["publishing tasks overlap the next reading tasks; ingestion stalls without the slots"])
        }
        if let topic = DruidResolver.sourceTopic(spec, kafka), druid.taskCount > topic.partitions {
            ledger.error("invariant.druidTaskCount", "taskCount \(druid.taskCount) exceeds the \(topic.partitions) partitions of '\(topic.name)'",
                         address: "druid.taskCount", notes: ["a Kafka indexing task reads at least one partition"])
        }
    }
}
