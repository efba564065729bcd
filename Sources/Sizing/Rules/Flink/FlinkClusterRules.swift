import LakeModel

/// TaskManagers: slots equal to cores, 4 GiB per slot, enough TaskManagers for every subtask.
enum FlinkTaskManagerRule: SizingRule {
    static let slots = 4
    static let memoryPerSlot = 4 << 30

    static let description = RuleDescription(
        id: "flink.taskManagers",
        summary: "4 slots per TaskManager with one core per slot and 4 GiB per slot; TaskManagers = ⌈parallelism / slots⌉.",
        formula: "TMs = ⌈parallelism / slots⌉; CPU = slots; process memory = slots × 4 GiB",
        constants: [
            RuleConstant("slots", "4", "taskmanager.numberOfTaskSlots is typically proportional to cores (\"equal to cores, or half\")"),
            RuleConstant("memory per slot", "4 GiB", "one Amazon Managed Flink KPU: 1 vCPU and 4 GB, one subtask per KPU by default"),
        ],
        source: "https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/config/ (taskmanager.numberOfTaskSlots) ; "
            + "https://docs.aws.amazon.com/managed-flink/latest/java/how-resources.html ; sizing-rules §4.2",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("parallelism 25, 4 slots", expect: "7 TaskManagers × 4 CPU, 16 GiB") {
                "\(taskManagers(parallelism: 25, slots: slots)) TaskManagers × \(slots) CPU, \(Bytes(processMemory(slots: slots)).memoryText)"
            },
            RuleExample("parallelism 3, 4 slots", expect: "TaskManagers: 1") { "TaskManagers: \(taskManagers(parallelism: 3, slots: slots))" },
        ])

    static func taskManagers(parallelism: Int, slots: Int) -> Int { max(1, IntegerMath.ceilDiv(parallelism, max(1, slots))) }

    static func processMemory(slots: Int) -> Int { IntegerMath.product(slots, memoryPerSlot) }
}

/// The JobManager of each job, as the Flink operator's example sizes it.
enum FlinkJobManagerRule: SizingRule {
    static let cpu = 1_000
    static let memory = 2_048 << 20

    static let description = RuleDescription(
        id: "flink.jobManager",
        summary: "One JobManager per job with 1 CPU and 2048m, the Flink Kubernetes operator's example size; it schedules and "
            + "checkpoints but runs no user code.",
        formula: "jobManager = 1 CPU, 2,048 MiB",
        constants: [RuleConstant("resources", "1 CPU, 2048m", "spec.jobManager.resource in the operator's examples/basic.yaml")],
        source: "https://github.com/apache/flink-kubernetes-operator/blob/main/examples/basic.yaml ; sizing-rules §4.2",
        evidence: .documented,
        examples: [
            RuleExample("any job", expect: "1 CPU, 2 GiB") { "\(Millicores(cpu)) CPU, \(Bytes(memory).memoryText)" },
        ])
}
