import LakeModel

/// Druid Brokers: two for HA, one per 15 Historicals, with a heap that grows with the cluster.
enum DruidBrokerRule: SizingRule {
    static let historicalsPerBroker = 15
    static let jvmOverhead = 1 << 30
    static let mergeBuffers = 2

    static let description = RuleDescription(
        id: "druid.brokers",
        summary: "Brokers : Historicals ≈ 1 : 15, at least 2 for HA. Heap 8 GiB and 4 cores up to 15 Historicals, 30 GiB and 16 cores "
            + "beyond; direct = (2 merge buffers + 1) × 500 MiB; container = heap + direct + 1 GiB JVM overhead.",
        formula: "brokers = max(2, ⌈historicals / 15⌉); heap = historicals ≤ 15 ? 8 GiB : 30 GiB; memory = heap + (merge + 1) × buffer + 1 GiB",
        constants: [
            RuleConstant("historicals per broker", "15", "basic cluster tuning"),
            RuleConstant("heap", "8 GiB (≤ 15 data servers) / 30 GiB", "basic cluster tuning: 4–8 GiB small, 30–60 GiB for ~100 servers"),
            RuleConstant("JVM overhead", "1 GiB", "rule of thumb: metaspace, threads and code cache"),
        ],
        source: "https://druid.apache.org/docs/latest/operations/basic-cluster-tuning (Broker heap and direct memory)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("18 Historicals", expect: "2 brokers, heap 30 GiB, 32.46 GiB") { describe(historicals: 18) },
            RuleExample("40 Historicals", expect: "3 brokers, heap 30 GiB, 32.46 GiB") { describe(historicals: 40) },
            RuleExample("6 Historicals", expect: "2 brokers, heap 8 GiB, 10.46 GiB") { describe(historicals: 6) },
        ])

    static func brokers(historicals: Int) -> Int { max(2, IntegerMath.ceilDiv(historicals, historicalsPerBroker)) }

    static func size(historicals: Int) -> (heap: Int, direct: Int, memory: Int, cores: Int) {
        let small = historicals <= historicalsPerBroker
        let heap = small ? 8 << 30 : 30 << 30
        let direct = (mergeBuffers + 1) * DruidHistoricalMemoryRule.bufferSize
        return (heap, direct, heap + direct + jvmOverhead, small ? 4 : 16)
    }

    private static func describe(historicals: Int) -> String {
        let s = size(historicals: historicals)
        return "\(brokers(historicals: historicals)) brokers, heap \(Bytes(s.heap).memoryText), \(Bytes(s.memory).memoryText)"
    }
}

/// The combined Coordinator-Overlord: an active leader and a standby.
enum DruidCoordinatorRule: SizingRule {
    static let replicas = 2
    /// MaxDirectMemorySize: the Coordinator-Overlord runs no processing buffers, so the JVM default (= heap) is capped.
    static let direct = 256 << 20

    static let description = RuleDescription(
        id: "druid.coordinator",
        summary: "Two Coordinator-Overlords (leader election keeps one standby); heap ≈ the Broker heap, container = heap + 1 GiB, "
            + "of which 256 MiB is capped direct memory (it runs no processing buffers; the JVM default would equal the heap).",
        formula: "coordinators = 2; heap = broker heap; direct = 256 MiB; memory = heap + 1 GiB; cores = broker cores",
        constants: [
            RuleConstant("replicas", "2", "one leader and one standby"),
            RuleConstant("direct memory", "256 MiB", "rule of thumb: HTTP clients only, no processing buffers"),
        ],
        source: "https://druid.apache.org/docs/latest/operations/basic-cluster-tuning (Coordinator heap ≈ Broker heap)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("18 Historicals", expect: "2 coordinators, heap 30 GiB, 31 GiB") {
                let s = size(historicals: 18)
                return "\(replicas) coordinators, heap \(Bytes(s.heap).memoryText), \(Bytes(s.memory).memoryText)"
            },
        ])

    static func size(historicals: Int) -> (heap: Int, memory: Int, cores: Int) {
        let broker = DruidBrokerRule.size(historicals: historicals)
        return (broker.heap, broker.heap + DruidBrokerRule.jvmOverhead, broker.cores)
    }
}
