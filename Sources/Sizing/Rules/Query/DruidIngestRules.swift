import LakeModel

/// Kafka indexing tasks from the peak event rate, capped by the source topic's partitions.
enum DruidIngestRule: SizingRule {
    /// Events per second one core ingests (30 dimensions, 19 metrics; 2014 hardware).
    static let eventsPerCore = 22_914
    /// Supervisor `replicas`: Druid's default of one reading task set.
    static let replicas = 1
    /// Event size assumed when the workload gives bytes per second only.
    static let defaultEventSize = 1_000

    static let description = RuleDescription(
        id: "druid.ingestion",
        summary: "taskCount = one task per 22,914 events/s at the peak (one core each: the cited rate is a per-core maximum, so the "
            + "busiest hour must fit it), at most the source partitions; slots needed = 2 × replicas × taskCount because publishing "
            + "tasks overlap the next reading tasks.",
        formula: "peak events/s = events/s × peak%; taskCount = min(⌈peak events/s / 22,914⌉, partitions); slots = 2 × replicas × taskCount",
        constants: [
            RuleConstant("events per core", "22,914 /s", "Druid whitepaper (SIGMOD 2014), 30-dimension datasource: rule of thumb"),
            RuleConstant("replicas", "1", "Kafka supervisor default ioConfig.replicas"),
            RuleConstant("event size", "1 kB", "assumed when the workload gives a byte rate without an event count"),
        ],
        source: "https://druid.apache.org/docs/latest/ingestion/kafka-ingestion (taskCount, replicas) ; apache/druid publications/whitepaper/druid.tex ; "
            + "sizing-rules §6.3",
        evidence: .documented,
        examples: [
            RuleExample("1,000,000 events/s from 64 partitions", expect: "44 tasks, 88 slots") { describe(events: 1_000_000, partitions: 64) },
            RuleExample("42,500 events/s at a 300% peak from 12 partitions", expect: "6 tasks, 12 slots") {
                describe(events: peakEvents(42_500, peakPercent: 300), partitions: 12)
            },
            RuleExample("100,000 events/s from 3 partitions", expect: "3 tasks, 6 slots") { describe(events: 100_000, partitions: 3) },
        ])

    static func peakEvents(_ events: Int, peakPercent: Int) -> Int { IntegerMath.scaleUp(events, max(100, peakPercent), 100) }

    /// Tasks needed before the partition cap.
    static func tasksNeeded(events: Int) -> Int { max(1, IntegerMath.ceilDiv(events, eventsPerCore)) }

    static func taskCount(events: Int, partitions: Int?) -> Int { min(tasksNeeded(events: events), partitions ?? Int.max) }

    static func slots(taskCount: Int) -> Int { IntegerMath.product(2, replicas, taskCount) }

    private static func describe(events: Int, partitions: Int) -> String {
        let tasks = taskCount(events: events, partitions: partitions)
        return "\(tasks) tasks, \(slots(taskCount: tasks)) slots"
    }
}

/// MiddleManagers that host the indexing tasks (peons): memory with JVM headroom and disk for the tasks' segments.
enum DruidMiddleManagerRule: SizingRule {
    static let workerCapacity = 4
    static let middleManagerHeap = 128 << 20
    static let peonHeap = 1 << 30
    static let peonDirect = 1 << 30
    /// Metaspace, thread stacks and code cache of each JVM (the MiddleManager and every peon).
    static let jvmOverhead = 256 << 20
    /// Kafka supervisor `taskDuration`: how long a task reads before it publishes.
    static let taskDuration = 3_600
    /// A task holds its intermediate persists and the merged segment it pushes.
    static let segmentCopies = 2
    /// Task logs and the MiddleManager's own files.
    static let baseDisk = 10 << 30

    static let description = RuleDescription(
        id: "druid.middleManagers",
        summary: "MiddleManagers = ⌈slots / 4⌉ with druid.worker.capacity 4; memory = 128 MiB MM heap + 4 peons × (1 GiB heap + 1 GiB "
            + "direct) + 256 MiB JVM overhead for each of the 5 JVMs; one core per task slot. Task disk: each slot holds its "
            + "intermediate persists and the merged segment of one taskDuration (1 h) at the peak rate per task.",
        formula: "middleManagers = max(1, ⌈slots / capacity⌉); memory = MM heap + capacity × (peon heap + peon direct) + (capacity + 1) × 256 MiB; "
            + "disk = 10 GiB + capacity × 2 × ⌈peak bytes/s / taskCount × 1 h × segment%⌉, in GiB",
        constants: [
            RuleConstant("druid.worker.capacity", "4", "Druid's example cluster middleManager config"),
            RuleConstant("peon", "-Xmx1g, MaxDirectMemorySize 1g", "Druid's example druid.indexer.runner.javaOpts"),
            RuleConstant("MiddleManager heap", "128 MiB", "basic cluster tuning"),
            RuleConstant("JVM overhead", "256 MiB per JVM", "rule of thumb: metaspace, thread stacks and code cache beside heap and direct"),
            RuleConstant("taskDuration", "1 h", "Kafka supervisor default PT1H"),
            RuleConstant("segment copies", "2", "intermediate persists plus the merged segment being pushed"),
            RuleConstant("base disk", "10 GiB", "rule of thumb: task logs before upload and the MiddleManager's files"),
        ],
        source: "https://druid.apache.org/docs/latest/operations/basic-cluster-tuning (MiddleManager, Task) ; "
            + "https://druid.apache.org/docs/latest/ingestion/kafka-ingestion (taskDuration) ; "
            + "apache/druid examples/conf/druid/cluster/data/middleManager/runtime.properties ; sizing-rules §6.3",
        evidence: .documented,
        examples: [
            RuleExample("88 task slots", expect: "22 middle managers of 4 slots, 9.37 GiB each") {
                "\(middleManagers(slots: 88)) middle managers of \(workerCapacity) slots, \(Bytes(memory).memoryText) each"
            },
            RuleExample("6 task slots", expect: "2 middle managers") { "\(middleManagers(slots: 6)) middle managers" },
            RuleExample("127.5 MB/s at the peak over 6 tasks, 10% segments", expect: "71.94 GB task disk") {
                "\(Bytes(disk(peakBytesPerSecond: 127_500_000, taskCount: 6, segmentPercent: 10)).storageText) task disk"
            },
        ])

    static let memory = middleManagerHeap + workerCapacity * (peonHeap + peonDirect) + (workerCapacity + 1) * jvmOverhead

    static func middleManagers(slots: Int) -> Int { max(1, IntegerMath.ceilDiv(slots, workerCapacity)) }

    /// One MiddleManager's volume: every slot's task segments plus the base.
    static func disk(peakBytesPerSecond: Int, taskCount: Int, segmentPercent: Int) -> Int {
        let perTask = IntegerMath.scaleUp(IntegerMath.ceilDiv(peakBytesPerSecond, max(1, taskCount)), IntegerMath.product(taskDuration, segmentPercent), 100)
        return IntegerMath.roundUp(IntegerMath.sum([baseDisk, IntegerMath.product(workerCapacity, segmentCopies, perTask)]), toMultipleOf: ServingUnits.gib)
    }
}
