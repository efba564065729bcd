import LakeModel

/// Kafka indexing tasks from the event rate, capped by the source topic's partitions.
enum DruidIngestRule: SizingRule {
    /// Events per second one core ingests (30 dimensions, 19 metrics; 2014 hardware).
    static let eventsPerCore = 22_914
    /// Supervisor `replicas`: Druid's default of one reading task set.
    static let replicas = 1
    /// Event size assumed when the workload gives bytes per second only.
    static let defaultEventSize = 1_000

    static let description = RuleDescription(
        id: "druid.ingestion",
        summary: "taskCount = one task per 22,914 events/s (one core each), at most the source partitions; slots needed = "
            + "2 × replicas × taskCount because publishing tasks overlap the next reading tasks.",
        formula: "taskCount = min(⌈events/s / 22,914⌉, partitions); slots = 2 × replicas × taskCount",
        constants: [
            RuleConstant("events per core", "22,914 /s", "Druid whitepaper (SIGMOD 2014), 30-dimension datasource: rule of thumb"),
            RuleConstant("replicas", "1", "Kafka supervisor default ioConfig.replicas"),
            RuleConstant("event size", "1 KB", "assumed when the workload gives a byte rate without an event count"),
        ],
        source: "https://druid.apache.org/docs/latest/ingestion/kafka-ingestion (taskCount, replicas) ; apache/druid publications/whitepaper/druid.tex",
        evidence: .documented,
        examples: [
            RuleExample("1,000,000 events/s from 64 partitions", expect: "44 tasks, 88 slots") { describe(events: 1_000_000, partitions: 64) },
            RuleExample("100,000 events/s from 3 partitions", expect: "3 tasks, 6 slots") { describe(events: 100_000, partitions: 3) },
        ])

    /// Tasks needed before the partition cap.
    static func tasksNeeded(events: Int) -> Int { max(1, IntegerMath.ceilDiv(events, eventsPerCore)) }

    static func taskCount(events: Int, partitions: Int?) -> Int { min(tasksNeeded(events: events), partitions ?? Int.max) }

    static func slots(taskCount: Int) -> Int { 2 * replicas * taskCount }

    private static func describe(events: Int, partitions: Int) -> String {
        let tasks = taskCount(events: events, partitions: partitions)
        return "\(tasks) tasks, \(slots(taskCount: tasks)) slots"
    }
}

/// MiddleManagers that host the indexing tasks (peons).
enum DruidMiddleManagerRule: SizingRule {
    static let workerCapacity = 4
    static let middleManagerHeap = 128 << 20
    static let peonHeap = 1 << 30
    static let peonDirect = 1 << 30

    static let description = RuleDescription(
        id: "druid.middleManagers",
        summary: "MiddleManagers = ⌈slots / 4⌉ with druid.worker.capacity 4; memory = 128 MiB MM heap + 4 peons × (1 GiB heap + "
            + "1 GiB direct, holding (1 thread + 2 merge + 1) × 100 MB buffers); one core per task slot.",
        formula: "middleManagers = max(1, ⌈slots / capacity⌉); memory = MM heap + capacity × (peon heap + peon direct); cpu = capacity",
        constants: [
            RuleConstant("druid.worker.capacity", "4", "Druid's example cluster middleManager config"),
            RuleConstant("peon", "-Xmx1g, MaxDirectMemorySize 1g", "Druid's example druid.indexer.runner.javaOpts"),
            RuleConstant("MiddleManager heap", "128 MiB", "basic cluster tuning"),
        ],
        source: "https://druid.apache.org/docs/latest/operations/basic-cluster-tuning (MiddleManager, Task) ; "
            + "apache/druid examples/conf/druid/cluster/data/middleManager/runtime.properties",
        evidence: .documented,
        examples: [
            RuleExample("88 task slots", expect: "22 middle managers of 4 slots, 8,320 MiB each") {
                "\(middleManagers(slots: 88)) middle managers of \(workerCapacity) slots, \(ServingUnits.mib(memory)) each"
            },
            RuleExample("6 task slots", expect: "2 middle managers") { "\(middleManagers(slots: 6)) middle managers" },
        ])

    static let memory = middleManagerHeap + workerCapacity * (peonHeap + peonDirect)

    static func middleManagers(slots: Int) -> Int { max(1, IntegerMath.ceilDiv(slots, workerCapacity)) }
}
