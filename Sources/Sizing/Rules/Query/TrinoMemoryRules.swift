import LakeModel

/// Trino's JVM heap as a share of the container, lower on larger nodes.
enum TrinoHeapRule: SizingRule {
    static let defaultWorkerMemory = 64 << 30

    static let description = RuleDescription(
        id: "trino.heap",
        summary: "-Xmx is 70–85% of node memory, lower on larger nodes: 85% up to 32 GiB, 80% up to 128 GiB, 70% above (whole MiB).",
        formula: "heap = memory × (85% if ≤ 32 GiB, 80% if ≤ 128 GiB, else 70%)",
        constants: [
            RuleConstant("heap share", "85% / 80% / 70%", "our banding of Trino's documented 70–85% range"),
            RuleConstant("worker memory", "64 GiB", "default worker; Trino recommends heaps above 32 GB in production"),
        ],
        source: "https://trino.io/docs/current/installation/deployment.html (JVM config: 70–85% of node memory)",
        evidence: .documented,
        examples: [
            RuleExample("a 64 GiB worker", expect: "80%: 51.19 GiB") { describe(64 << 30) },
            RuleExample("a 16 GiB node", expect: "85%: 13.59 GiB") { describe(16 << 30) },
            RuleExample("a 256 GiB node", expect: "70%: 179.19 GiB") { describe(256 << 30) },
        ])

    static func percent(memory: Int) -> Int {
        switch memory {
        case ...(32 << 30): 85
        case ...(128 << 30): 80
        default: 70
        }
    }

    /// The heap in bytes, a whole number of MiB.
    static func heap(memory: Int) -> Int { memory / ServingUnits.mib * percent(memory: memory) / 100 * ServingUnits.mib }

    private static func describe(_ memory: Int) -> String { "\(percent(memory: memory))%: \(Bytes(heap(memory: memory)).memoryText)" }
}

/// Trino's per-node and cluster query-memory limits.
enum TrinoQueryMemoryRule: SizingRule {
    static let perNodePercent = 30
    static let headroomPercent = 30

    static let description = RuleDescription(
        id: "trino.queryMemory",
        summary: "query.max-memory-per-node and memory.heap-headroom-per-node are each 30% of heap (their sum stays below the heap); "
            + "query.max-memory is per-node × workers.",
        formula: "perNode = 30% heap; headroom = 30% heap; maxMemory = perNode × workers",
        constants: [
            RuleConstant("query.max-memory-per-node", "30% of heap", "Trino's default"),
            RuleConstant("memory.heap-headroom-per-node", "30% of heap", "Trino's default"),
        ],
        source: "https://trino.io/docs/current/admin/properties-resource-management.html ; sizing-rules §5.1 (Cloudera: max-memory = per-node × workers)",
        evidence: .documented,
        examples: [
            RuleExample("a 52,428 MiB heap on 44 workers", expect: "per node 15.35 GiB, headroom 15.35 GiB, cluster 675.81 GiB") {
                let heap = 52_428 * ServingUnits.mib
                return "per node \(Bytes(perNode(heap: heap)).memoryText), headroom \(Bytes(headroom(heap: heap)).memoryText), "
                    + "cluster \(Bytes(perNode(heap: heap) * 44).memoryText)"
            },
        ])

    static func perNode(heap: Int) -> Int { heap / ServingUnits.mib * perNodePercent / 100 * ServingUnits.mib }
    static func headroom(heap: Int) -> Int { heap / ServingUnits.mib * headroomPercent / 100 * ServingUnits.mib }
}

/// A dedicated Trino coordinator, half a worker for small clusters and a full worker above 50.
enum TrinoCoordinatorRule: SizingRule {
    static let largeCluster = 50
    static let minimumMemory = 16 << 30

    static let description = RuleDescription(
        id: "trino.coordinator",
        summary: "One dedicated coordinator (node-scheduler.include-coordinator=false): half a worker's memory (at least 16 GiB) "
            + "up to 50 workers, a full worker above, since it plans every query and tracks every task.",
        formula: "memory = workers ≤ 50 ? max(16 GiB, worker memory / 2) : worker memory; cores = memory / 4 GiB",
        constants: [
            RuleConstant("large cluster", "50 workers", "rule of thumb: above it the coordinator gets a full worker's size"),
            RuleConstant("minimum memory", "16 GiB", "rule of thumb for planning and task tracking"),
        ],
        source: "https://trino.io/docs/current/installation/deployment.html (dedicated coordinator) ; sizing-rules §5.1",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("44 workers of 64 GiB", expect: "32 GiB, 8 cores") { describe(workers: 44, workerMemory: 64 << 30) },
            RuleExample("120 workers of 64 GiB", expect: "64 GiB, 16 cores") { describe(workers: 120, workerMemory: 64 << 30) },
        ])

    static func memory(workers: Int, workerMemory: Int) -> Int {
        workers > largeCluster ? workerMemory : max(minimumMemory, workerMemory / 2)
    }

    private static func describe(workers: Int, workerMemory: Int) -> String {
        let value = memory(workers: workers, workerMemory: workerMemory)
        return "\(Bytes(value).memoryText), \(TrinoWorkersRule.cores(memory: value)) cores"
    }
}
