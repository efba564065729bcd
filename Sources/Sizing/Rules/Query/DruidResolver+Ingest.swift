import LakeModel

extension DruidResolver {
    typealias Ingestion = (taskCount: Int, middleManagers: Int, resources: Resources, disk: Int)

    /// Kafka indexing tasks at the peak rate and the MiddleManagers that run them.
    static func ingestion(_ spec: DruidSpec, rate: StreamRate, ingest: Int, kafka: ResolvedKafka?, _ ledger: Ledger) -> Ingestion {
        let workload = ledger.lake.workload
        let peakPercent = ledger.setting("workload.ingest.peak", workload.peakPercent, default: 100, .percent, "no peak given: ingest is flat")
        let events = ledger.decide("druid.eventsPerSecond", .count, by: DruidIngestRule.description, inputs: ["druid.ingest", "workload.ingest.peak"]) {
            let stated: (average: Int, from: String)? = switch rate {
            case .share(let share): workload.eventsPerSecond.map { (IntegerMath.percent($0, share), "\(share)% of \($0) events/s") }
            case .events(let perSecond, _): (perSecond, "\(perSecond) events/s stated")
            case .bytes: nil
            }
            let average = stated?.average ?? ingest / DruidIngestRule.defaultEventSize
            let value = DruidIngestRule.peakEvents(average, peakPercent: peakPercent)
            let from = stated?.from ?? "\(BytesPerSecond(ingest)) / 1 kB per event"
            return (value, "\(from) = \(average) on average × \(peakPercent)% peak = \(value)")
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
                           "Druid needs \(needed) ingestion tasks for \(events) events/s at the peak but topic '\(topic.name)' has \(topic.partitions) partitions",
                           address: "druid.taskCount", notes: ["taskCount cannot exceed the source partitions; raise the topic's partitions"])
        }
        let slots = DruidIngestRule.slots(taskCount: tasks)
        let rule = DruidMiddleManagerRule.description
        let middleManagers = ledger.decide("druid.middleManagers", .count, by: rule, inputs: ["druid.taskCount"], pin: .druidMiddleManagers) {
            let value = DruidMiddleManagerRule.middleManagers(slots: slots)
            return (value, "⌈2 × \(DruidIngestRule.replicas) × \(tasks) = \(slots) slots / 4⌉ = \(value)")
        }
        ledger.defaulted("druid.workerCapacity", DruidMiddleManagerRule.workerCapacity, .count, "druid.worker.capacity 4 (Druid's example cluster)")
        let memory = ledger.decide("druid.middleManagerMemory", .memory, by: rule, inputs: ["druid.workerCapacity"]) {
            (DruidMiddleManagerRule.memory, "128 MiB + 4 × (1 GiB + 1 GiB) + 5 JVMs × 256 MiB = \(Bytes(DruidMiddleManagerRule.memory).memoryText)")
        }
        let cpu = ledger.decide("druid.middleManagerCPU", .millicores, by: rule, inputs: ["druid.workerCapacity"]) {
            (DruidMiddleManagerRule.workerCapacity * 1_000, "one core per task slot: \(DruidMiddleManagerRule.workerCapacity) cores")
        }
        let peakBytes = IntegerMath.scaleUp(ingest, max(100, peakPercent), 100)
        let disk = ledger.decide("druid.middleManagerDisk", .bytes, by: rule, inputs: ["druid.ingest", "workload.ingest.peak", "druid.taskCount"]) {
            let value = DruidMiddleManagerRule.disk(peakBytesPerSecond: peakBytes, taskCount: tasks, segmentPercent: DruidSegmentRule.segmentPercent)
            return (value, "10 GiB + 4 slots × 2 × ⌈\(BytesPerSecond(peakBytes)) / \(tasks) tasks × 1 h × 10%⌉ = \(Bytes(value).storageText)")
        }
        return (tasks, middleManagers, Resources(cpu: Millicores(cpu), memory: Bytes(memory)), disk)
    }

    /// The Kafka topic Druid reads: the named source, or the only topic when none is named.
    static func sourceTopic(_ spec: DruidSpec, _ kafka: ResolvedKafka?) -> ResolvedTopic? {
        guard let topics = kafka?.topics else { return nil }
        if let source = spec.source { return topics.first { $0.name == source } }
        return topics.count == 1 ? topics.first : nil
    }
}
