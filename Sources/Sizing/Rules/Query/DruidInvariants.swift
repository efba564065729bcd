import LakeModel

extension Invariants {
    static func checkDruid(_ druid: ResolvedDruid, _ spec: DruidSpec, workload: WorkloadSpec, kafka: ResolvedKafka?, _ ledger: Ledger) {
        checkHeap(druid.historicalHeap, within: druid.historical, "druid.historicalHeap", ledger)
        checkHeap(druid.brokerHeap, within: druid.broker, "druid.brokerHeap", ledger)
        if druid.historicalHeap + druid.historicalDirect >= druid.historical.memoryLimit {
            ledger.error("invariant.druidHistoricalMemory",
                         "Historical heap \(druid.historicalHeap) + direct \(druid.historicalDirect) leaves no page cache in \(druid.historical.memoryLimit)",
                         address: "druid.historicalMemory", notes: ["segments are memory-mapped: the container needs free RAM beyond heap and direct"])
        }
        let needed = DruidResolver.hotSegmentBytes(spec, workload) * spec.replicants
        let cached = druid.historicals * druid.segmentCachePerHistorical.value
        if cached < needed {
            ledger.error("invariant.druidSegmentCache",
                         "\(druid.historicals) Historicals cache \(Bytes(cached)), less than \(Bytes(needed)) of hot segment replicas",
                         address: "druid.historicals", notes: ["raise druid.historicals or shorten hotRetention"])
        }
        let slots = DruidIngestRule.slots(taskCount: druid.taskCount)
        if druid.middleManagers * druid.workerCapacity < slots {
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
