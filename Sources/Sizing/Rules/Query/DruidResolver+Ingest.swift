import LakeModel

extension DruidResolver {
    /// Kafka indexing tasks and the MiddleManagers that run them.
    static func ingestion(_ spec: DruidSpec, share: Int, ingest: Int, kafka: ResolvedKafka?, _ ledger: Ledger)
        -> (taskCount: Int, middleManagers: Int, resources: Resources)
    {
        let workload = ledger.lake.workload
        let events = ledger.decide("druid.eventsPerSecond", .count, by: DruidIngestRule.description, inputs: ["druid.ingest"]) {
            if let total = workload.eventsPerSecond {
                let value = IntegerMath.percent(total, share)
                return (value, "\(share)% of \(total) events/s = \(value)")
            }
            let value = ingest / DruidIngestRule.defaultEventSize
            return (value, "\(BytesPerSecond(ingest)) / 1 KB per event = \(value)")
        }
        let topic = sourceTopic(spec, kafka)
        let needed = DruidIngestRule.tasksNeeded(events: events)
        var inputs = ["druid.eventsPerSecond"]
        if let topic { inputs.append("kafka.topics.\(topic.name).partitions") }
        let tasks = ledger.decide("druid.taskCount", .count, by: DruidIngestRule.description, inputs: inputs) {
            let value = DruidIngestRule.taskCount(events: events, partitions: topic?.partitions)
            return (value, "min(⌈\(events) / 22,914⌉ = \(needed), \(topic.map { "\($0.partitions) partitions" } ?? "no partition cap")) = \(value)")
        }
        if let topic, needed > topic.partitions {
            ledger.warning("druid.partitionsLimitIngestion",
                           "Druid needs \(needed) ingestion tasks for \(events) events/s but topic '\(topic.name)' has \(topic.partitions) partitions",
                           address: "druid.taskCount", notes: ["taskCount cannot exceed the source partitions; raise the topic's partitions"])
        }
        let slots = DruidIngestRule.slots(taskCount: tasks)
        let middleManagers = ledger.decide("druid.middleManagers", .count, by: DruidMiddleManagerRule.description,
                                           inputs: ["druid.taskCount"], pin: .druidMiddleManagers) {
            let value = DruidMiddleManagerRule.middleManagers(slots: slots)
            return (value, "⌈2 × \(DruidIngestRule.replicas) × \(tasks) = \(slots) slots / 4⌉ = \(value)")
        }
        ledger.defaulted("druid.workerCapacity", DruidMiddleManagerRule.workerCapacity, .count, "druid.worker.capacity 4 (Druid's example cluster)")
        let memory = ledger.decide("druid.middleManagerMemory", .bytes, by: DruidMiddleManagerRule.description, inputs: ["druid.workerCapacity"]) {
            (DruidMiddleManagerRule.memory, "128 MiB + 4 × (1 GiB + 1 GiB) = \(ServingUnits.mib(DruidMiddleManagerRule.memory))")
        }
        let cpu = ledger.decide("druid.middleManagerCPU", .millicores, by: DruidMiddleManagerRule.description, inputs: ["druid.workerCapacity"]) {
            (DruidMiddleManagerRule.workerCapacity * 1_000, "one core per task slot: \(DruidMiddleManagerRule.workerCapacity) cores")
        }
        return (tasks, middleManagers, Resources(cpu: Millicores(cpu), memory: Bytes(memory)))
    }

    /// The Kafka topic Druid reads: the named source, or the only topic when none is named.
    static func sourceTopic(_ spec: DruidSpec, _ kafka: ResolvedKafka?) -> ResolvedTopic? {
        guard let topics = kafka?.topics else { return nil }
        if let source = spec.source { return topics.first { $0.name == source } }
        return topics.count == 1 ? topics.first : nil
    }
}
