import LakeModel

/// Kafka Connect workers for the Debezium connectors, with Strimzi's Connect heap.
enum ConnectWorkerRule: SizingRule {
    /// Debezium's database connectors read one change log with one task; tasks.max is ignored.
    static let tasksPerConnector = 1
    /// Tasks one worker of 1 vCPU / 4 GiB runs (MSK Connect: 2 tasks per MCU).
    static let tasksPerWorker = 2
    /// Two workers let a task fail over without waiting for a pod restart.
    static let minimumWorkers = 2
    static let cpu = 1_000
    static let memory = 4 << 30
    /// Strimzi's dynamic heap for Connect: 75% of the container, no cap.
    static let heapPercent = 75

    static let description = RuleDescription(
        id: "connect.workers",
        summary: "Each captured database is one Debezium connector running one task; a worker of 1 CPU and 4 GiB runs 2 tasks; "
            + "at least 2 workers so tasks fail over. The heap is Strimzi's Connect default, 75% of the container.",
        formula: "workers = max(2, ⌈connectors × 1 / 2⌉); worker = 1 CPU, 4 GiB; heap = 75% × 4 GiB",
        constants: [
            RuleConstant("tasks per connector", "1", "Debezium: the PostgreSQL and MySQL connectors always use a single task"),
            RuleConstant("tasks per worker", "2", "MSK Connect runs 2 tasks per unit of 1 vCPU and 4 GiB"),
            RuleConstant("minimum workers", "2", "rule of thumb: a running worker takes over a failed one's tasks"),
            RuleConstant("heap", "75% of the container", "Strimzi's dynamic heap for Connect, MirrorMaker 2 and Cruise Control (no cap)"),
        ],
        source: "https://debezium.io/documentation/reference/stable/connectors/postgresql.html (tasks.max) ; "
            + "https://docs.aws.amazon.com/msk/latest/developerguide/msk-connect-max-autoscaling-task-count.html ; "
            + "https://github.com/strimzi/strimzi-kafka-operator (DYNAMIC_HEAP_FRACTION) ; sizing-rules §2.5",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("3 databases captured", expect: "2 workers") { "\(workers(connectors: 3)) workers" },
            RuleExample("9 databases captured", expect: "5 workers") { "\(workers(connectors: 9)) workers" },
            RuleExample("a 4 GiB worker", expect: "heap 3 GiB") { "heap \(Bytes(heap(memory: memory)).memoryText)" },
        ])

    static func workers(connectors: Int) -> Int {
        max(minimumWorkers, IntegerMath.ceilDiv(connectors * tasksPerConnector, tasksPerWorker))
    }

    static func heap(memory: Int) -> Int { IntegerMath.percent(memory, heapPercent) }
}

/// Resolves Kafka Connect for Debezium: workers, their resources and heap.
enum ConnectResolver {
    static func resolve(_ spec: DebeziumSpec, _ ledger: Ledger) -> ResolvedConnect {
        let rule = ConnectWorkerRule.description
        let connectors = ledger.input("connect.connectors", spec.sources.count, .count)
        let tasks = ledger.decide("connect.tasksPerConnector", .count, by: rule, inputs: []) {
            (ConnectWorkerRule.tasksPerConnector, "Debezium connectors run one task")
        }
        let workers = ledger.decide("connect.workers", .count, by: rule, inputs: ["connect.connectors", "connect.tasksPerConnector"]) {
            let value = spec.connectWorkers ?? ConnectWorkerRule.workers(connectors: connectors)
            return (value, spec.connectWorkers == nil ? "max(2, ⌈\(connectors) × \(tasks) / 2⌉) = \(value)" : "\(value) from the blueprint")
        }
        let cpu = ledger.decide("connect.cpu", .millicores, by: rule, inputs: []) { (ConnectWorkerRule.cpu, "1 CPU per worker") }
        let memory = ledger.decide("connect.memory", .memory, by: rule, inputs: []) {
            (ConnectWorkerRule.memory, "\(Bytes(ConnectWorkerRule.memory).memoryText) per worker")
        }
        let heap = ledger.decide("connect.heap", .memory, by: rule, inputs: ["connect.memory"]) {
            let value = ConnectWorkerRule.heap(memory: memory)
            return (value, "75% × \(Bytes(memory).memoryText) = \(Bytes(value).memoryText)")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let pod = PodGroup(name: "kafka-connect", component: .debezium, replicas: workers, resources: resources, stateful: false)
        return ResolvedConnect(workers: workers, resources: resources, heap: Bytes(heap), tasksPerConnector: tasks, pods: [pod])
    }
}
